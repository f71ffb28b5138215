package dev.ecomkit.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator of {@link LunarTable}: the Chinese calendar's rules over Meeus's new moons and solar longitudes (the
 * sources are in {@code LunarTable}'s javadoc). {@link LunarTableTest} checks that the committed table is exactly
 * what this computes; {@code main} prints it.
 */
final class LunarAstronomy {

  /** Month beginnings before 1929 where the published calendars differ from the astronomy (computed → published). */
  static final Map<LocalDate, LocalDate> PUBLISHED = Map.of(LocalDate.of(1914, 11, 18), LocalDate.of(1914, 11, 17),
      LocalDate.of(1916, 2, 4), LocalDate.of(1916, 2, 3), LocalDate.of(1920, 11, 11), LocalDate.of(1920, 11, 10));

  private static final double J2000 = 2451545.0;
  private static final double UNIX_EPOCH_JD = 2440587.5;

  private LunarAstronomy() {}

  record Month(LocalDate start, int number, boolean leap) {}

  private static double sin(double degrees) {
    return Math.sin(Math.toRadians(degrees));
  }

  /** JDE (TT) of the new moon of lunation k (k = 0: 6 January 2000). Meeus, ch. 49. */
  static double newMoon(double k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    double mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    double f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    double om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
    double c = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
        + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
        - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
        - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
        - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m)
        + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
        + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
    double[][] planetary = {{299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165},
        {251.83, 26.651886, 0.000164}, {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110},
        {141.74, 53.303771, 0.000062}, {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056},
        {34.52, 27.261239, 0.000047}, {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040},
        {161.72, 24.198154, 0.000037}, {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    double add = 0;
    for (int i = 0; i < planetary.length; i++) {
      add += planetary[i][2] * sin(planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0));
    }
    return jde + c + add;
  }

  /** The sun's apparent longitude in degrees at a JDE. Meeus, ch. 25 (about 0.01°). */
  static double sunLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m)
        + 0.000289 * sin(3 * m);
    double l = l0 + c - 0.00569 - 0.00478 * sin(125.04 - 1934.136 * t);
    return ((l % 360) + 360) % 360;
  }

  /** The JDE at which the sun's apparent longitude is {@code degrees}, starting the search at {@code near}. */
  static double solarTerm(double degrees, double near) {
    double j = near;
    for (int i = 0; i < 60; i++) {
      double d = ((degrees - sunLongitude(j) + 180) % 360 + 360) % 360 - 180;
      j += d * 365.2422 / 360;
      if (Math.abs(d) < 1e-7) {
        break;
      }
    }
    return j;
  }

  /** ΔT = TT − UT in seconds: Espenak &amp; Meeus (2006), NASA's polynomial expressions, 1900-2150. */
  static double deltaT(double y) {
    if (y < 1920) {
      double t = y - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    return -20 + 32 * Math.pow((y - 1820) / 100, 2) - 0.5628 * (2150 - y);
  }

  /** The civil date in China (UTC+8) of a JDE. */
  static LocalDate beijingDate(double jde) {
    double jdUt = jde - deltaT(2000 + (jde - J2000) / 365.25) / 86_400;
    return LocalDate.ofEpochDay((long) Math.floor(jdUt + 8.0 / 24 - UNIX_EPOCH_JD));
  }

  private static double jd(LocalDate d) {
    return d.toEpochDay() + UNIX_EPOCH_JD;
  }

  /** Every lunar month from the one holding the winter solstice of 1899 to that of 2101. */
  static List<Month> months() {
    List<LocalDate> newMoons = new ArrayList<>();
    for (int k = -1245; k <= 1275; k++) {
      LocalDate d = beijingDate(newMoon(k));
      newMoons.add(PUBLISHED.getOrDefault(d, d));
    }
    List<LocalDate> principal = new ArrayList<>(); // 中气: multiples of 30°
    double j = solarTerm(270, jd(LocalDate.of(1898, 12, 22)));
    for (int i = 0; i < 12 * 204; i++) {
      principal.add(beijingDate(j));
      j = solarTerm(Math.round((sunLongitude(j) + 30) / 30) * 30 % 360, j + 30.4);
    }
    List<Month> months = new ArrayList<>();
    for (int y = 1900; y <= 2101; y++) {
      int from = monthHolding(newMoons, beijingDate(solarTerm(270, jd(LocalDate.of(y - 1, 12, 21)))));
      int to = monthHolding(newMoons, beijingDate(solarTerm(270, jd(LocalDate.of(y, 12, 21)))));
      int leap = -1;
      if (to - from == 13) {
        for (int m = from + 1; m < to && leap < 0; m++) {
          if (!holdsAny(principal, newMoons.get(m), newMoons.get(m + 1))) {
            leap = m;
          }
        }
      } else if (to - from != 12) {
        throw new IllegalStateException("a year of " + (to - from) + " months from the solstice of " + (y - 1));
      }
      if (months.isEmpty()) {
        months.add(new Month(newMoons.get(from), 11, false));
      }
      int number = 11;
      for (int m = from + 1; m <= to; m++) {
        if (m == leap) {
          months.add(new Month(newMoons.get(m), number, true));
        } else {
          number = number % 12 + 1;
          months.add(new Month(newMoons.get(m), number, false));
        }
      }
    }
    return months;
  }

  private static int monthHolding(List<LocalDate> newMoons, LocalDate day) {
    for (int i = 0; i + 1 < newMoons.size(); i++) {
      if (!newMoons.get(i).isAfter(day) && newMoons.get(i + 1).isAfter(day)) {
        return i;
      }
    }
    throw new IllegalStateException("no month holds " + day);
  }

  private static boolean holdsAny(List<LocalDate> days, LocalDate from, LocalDate to) {
    for (LocalDate d : days) {
      if (!d.isBefore(from) && d.isBefore(to)) {
        return true;
      }
    }
    return false;
  }

  /** The table, as {@link LunarTable#YEARS} packs it. */
  static int[] table() {
    List<Month> months = months();
    int[] out = new int[LunarTable.LAST_YEAR - LunarTable.FIRST_YEAR + 1];
    for (int y = LunarTable.FIRST_YEAR; y <= LunarTable.LAST_YEAR; y++) {
      int first = 0;
      while (!(months.get(first).number() == 1 && !months.get(first).leap()
          && months.get(first).start().getYear() == y)) {
        first++;
      }
      int bits = 0;
      int leap = 0;
      int n = 0;
      for (int i = first; n == 0 || !(months.get(i).number() == 1 && !months.get(i).leap()); i++, n++) {
        long length = months.get(i + 1).start().toEpochDay() - months.get(i).start().toEpochDay();
        bits |= (length == 30 ? 1 : 0) << n;
        leap = months.get(i).leap() ? months.get(i).number() : leap;
      }
      int newYear = (int) (months.get(first).start().toEpochDay() - LocalDate.of(y, 1, 1).toEpochDay());
      int qingming = beijingDate(solarTerm(15, jd(LocalDate.of(y, 4, 5)))).getDayOfMonth() - 4;
      out[y - LunarTable.FIRST_YEAR] = bits | leap << 13 | newYear << 17 | qingming << 23;
    }
    return out;
  }

  public static void main(String[] args) {
    int[] t = table();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.length; i++) {
      sb.append(String.format("0x%07x,", t[i])).append(i % 8 == 7 ? "\n" : " ");
    }
    System.out.println(sb);
  }
}
