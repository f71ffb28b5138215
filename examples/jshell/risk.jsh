// ecomkit keyword matching for social-media risk monitoring in JShell. From the project root:
//   mvn -B -q -pl examples -am package -DskipTests      # builds examples/target/ecomkit-all.jar
//   jshell --class-path examples/target/ecomkit-all.jar examples/jshell/risk.jsh
// In a JShell session already open: /env --class-path examples/target/ecomkit-all.jar, then /open the script.
// (ecomkit-all.jar holds the five library modules and their dependencies in one jar)

import dev.ecomkit.risk.*;

// The handbook's quality keywords with an id per category; every normalisation on; a denial allowed.
var matcher = KeywordMatcher.builder().
    add("食品腐败", 1).add("杂质", 1).add("假冒产品", 1).
    add("模仿", 2).add("品质不佳", 2).add("定价过高", 2).
    normalization(Normalization.all()).
    allow("不是假冒产品").
    build();

// Every hit with its offsets into the text as written: noise, traditional characters, a zero-width space.
var post = "吃出了杂-质！包装像是假冒產品，定价\u200B过高";
for (var h : matcher.findAll(post)) {
  System.out.printf("  %s (category %d) at [%d, %d): \"%s\"%n", h.keyword(), h.id(), h.start(), h.end(),
      post.substring(h.start(), h.end()).replace("\u200B", "<ZWSP>"));
}

// An allowed phrase overrides the keyword inside it; another occurrence still counts.
System.out.println("denial only: " + matcher.containsAny("我确认过了，不是假冒产品"));
System.out.println("denial and a claim: " + matcher.findAll("不是假冒产品？我看就是假冒产品").size() + " hit");

// Without normalisation the evasions slip through.
var plain = matcher.toBuilder().normalization(Normalization.none()).build();
System.out.println("plain matcher on the same post: " + plain.findAll(post).size() + " hits");

// Single Chinese characters fire inside ordinary words: the builder warns.
System.out.println(KeywordMatcher.builder().add("死").build().warnings());

// Latin keywords can require word boundaries.
var brand = KeywordMatcher.builder().add("ban").wordBoundaries(true).build();
System.out.println("ban in \"banana\": " + brand.containsAny("banana") + ", in \"ban it\": " + brand.containsAny("ban it"));

// The rule engine: the handbook's matrix with thresholds, windows, owners and deadlines.
var rules = RuleSet.handbookDefaults();
var engine = rules.newEngine(EngineOptions.lateness(java.time.Duration.ZERO)); // no waiting for stragglers
var t0 = java.time.Instant.parse("2026-11-11T01:00:00Z");
var alerts = new java.util.ArrayList<Alert>();
for (int i = 0; i < 3; i++) {
  alerts.addAll(engine.accept(Mention.of("dy-" + i, "douyin", t0.plusSeconds(600 * i), "坚果里吃出了杂质")));
}
alerts.forEach(a -> System.out.println(a.describe(engine.options().zone())));
System.out.println(engine.incidents());

// Nobody acknowledges the level-3 incident: 24 hours on, it escalates without another mention.
alerts.addAll(engine.advanceTo(t0.plus(java.time.Duration.ofHours(25))));
System.out.println(alerts.get(alerts.size() - 1).describe(engine.options().zone()));

// The whole state as JSON, restored into a new engine.
var restored = rules.restore(engine.snapshot());
System.out.println("restored incidents equal: " + restored.incidents().equals(engine.incidents()));

System.out.printf("Risk: %d hits in the post, %d without normalisation%n", matcher.findAll(post).size(),
    plain.findAll(post).size());
System.out.printf("Engine: %d alerts, incident level %d%n", alerts.size(), engine.incidents().get(0).level());

/exit
