package dev.ecomkit.forecast;

/**
 * One class of the ETS family (Hyndman, Koehler, Ord &amp; Snyder, <i>Forecasting with Exponential Smoothing: The
 * State Space Approach</i>, Springer 2008, §2.2, Tables 2.2 and 2.3): the error (A additive, M multiplicative),
 * the trend (N none, A additive, Ad additive damped) and the season (N, A, M), written {@code ETS(E,T,S)}.
 *
 * <p>Immutable and thread-safe.
 */
final class EtsType {

  /** The additive or multiplicative form of a component; {@code NONE} where the component is absent. */
  enum Form {
    NONE("N"), ADDITIVE("A"), MULTIPLICATIVE("M");

    final String letter;

    Form(String letter) {
      this.letter = letter;
    }
  }

  final Form error;
  final Form trend;
  final boolean damped;
  final Form season;

  EtsType(Form error, Form trend, boolean damped, Form season) {
    if (error == Form.NONE) {
      throw new IllegalArgumentException("an ETS model has an additive or multiplicative error");
    }
    if (trend == Form.MULTIPLICATIVE) {
      throw new IllegalArgumentException("multiplicative trends are not supported"); // as R's default search
    }
    if (damped && trend == Form.NONE) {
      throw new IllegalArgumentException("only a trend can be damped");
    }
    this.error = error;
    this.trend = trend;
    this.damped = damped;
    this.season = season;
  }

  /** Parses {@code "ANA"}, {@code "MAdM"} and the like. */
  static EtsType parse(String code) {
    boolean damped = code.length() == 4 && code.charAt(2) == 'd';
    if (code.length() != (damped ? 4 : 3)) {
      throw new IllegalArgumentException("not an ETS class: " + code);
    }
    return new EtsType(form(code.charAt(0)), form(code.charAt(1)), damped, form(code.charAt(damped ? 3 : 2)));
  }

  private static Form form(char c) {
    switch (c) {
      case 'N':
        return Form.NONE;
      case 'A':
        return Form.ADDITIVE;
      case 'M':
        return Form.MULTIPLICATIVE;
      default:
        throw new IllegalArgumentException("not an ETS component: " + c);
    }
  }

  boolean hasTrend() {
    return trend != Form.NONE;
  }

  boolean hasSeason() {
    return season != Form.NONE;
  }

  /** Whether the model needs strictly positive data: a multiplicative error or season. */
  boolean needsPositiveData() {
    return error == Form.MULTIPLICATIVE || season == Form.MULTIPLICATIVE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EtsType && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** {@code ETS(M,Ad,M)}. */
  @Override
  public String toString() {
    return "ETS(" + error.letter + "," + trend.letter + (damped ? "d" : "") + "," + season.letter + ")";
  }
}
