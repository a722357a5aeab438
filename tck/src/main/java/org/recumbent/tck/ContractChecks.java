package org.recumbent.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.recumbent.core.Feature;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.WarningSign;

/** The checks behind {@link ConditionPluginContract}; each failure says what to fix. */
final class ContractChecks {

  static final String SERVICE_FILE = "META-INF/services/" + ConditionPlugin.class.getName();
  private static final int THREADS = 4;
  private static final int THREAD_REPORTS = 200;

  private ContractChecks() {}

  @SuppressWarnings("NullAway")
  static SymptomReport nullReport() {
    @Nullable SymptomReport none = null;
    return none;
  }

  // ------------------------------------------------------------------ running

  /** Run a check on {@link ReportGenerators#tries()} random reports, then on every sample report. */
  static void forEveryReport(ConditionPlugin plugin, List<SymptomReport> samples, Gen<SymptomReport> reports,
      BiConsumer<ConditionPlugin, SymptomReport> check) {
    // Random reports first: a failure there is shrunk to a minimal report before it is printed.
    ReportGenerators.theory().forAll(reports).checkAssert(r -> check.accept(plugin, r));
    for (SymptomReport r : samples) {
      check.accept(plugin, r);
    }
  }

  /** Evaluate, turning any exception into a failure that names the plugin and the report. */
  static Assessment evaluate(ConditionPlugin plugin, SymptomReport report) {
    Assessment a;
    try {
      a = plugin.evaluate(report);
    } catch (RuntimeException | LinkageError e) {
      throw new AssertionError(id(plugin) + " threw " + e + " for " + report
          + ". Fix: evaluate(report) must answer every report whose features are in the vocabulary, "
          + "whatever the combination of present, absent and unknown findings and whatever the age and sex", e);
    }
    if (a == null) {
      throw new AssertionError(id(plugin) + " returned null for " + report
          + ". Fix: return Assessment.notApplicable(reason) when there is nothing to judge");
    }
    return a;
  }

  private static String id(ConditionPlugin plugin) {
    try {
      return "plugin '" + plugin.descriptor().id() + "' (" + plugin.getClass().getName() + ")";
    } catch (RuntimeException e) {
      return "plugin " + plugin.getClass().getName();
    }
  }

  // ------------------------------------------------------------------ descriptor

  static void describesItselfCompletely(ConditionPlugin plugin) {
    PluginDescriptor d;
    try {
      d = plugin.descriptor();
    } catch (RuntimeException e) {
      throw new AssertionError(id(plugin) + ": descriptor() threw " + e
          + ". Fix: build the descriptor once, in a static final field or the constructor", e);
    }
    if (d == null) {
      throw new AssertionError(id(plugin) + ": descriptor() returned null. Fix: return a PluginDescriptor");
    }
    List<String> problems = new ArrayList<>();
    if (!d.equals(plugin.descriptor())) {
      problems.add("descriptor() returns a different value on a second call; return the same descriptor every time");
    }
    if (!PluginDescriptor.ID.matcher(d.id()).matches()) {
      problems.add("id '" + d.id() + "' is not lower-kebab (" + PluginDescriptor.ID + ")");
    }
    if (d.displayName().isBlank()) {
      problems.add("the display name is blank; give the plugin a plain name");
    }
    if (d.version().isBlank()) {
      problems.add("the version is blank; call PluginDescriptor.Builder.version(...) with the plugin's release");
    }
    if (d.spiVersion() != ConditionPlugin.SPI_VERSION) {
      problems.add("built for SPI version " + d.spiVersion() + ", this core is SPI version "
          + ConditionPlugin.SPI_VERSION);
    }
    try {
      Vocabulary.standard().with(d.features());
    } catch (IllegalArgumentException e) {
      problems.add("a feature clashes with the standard vocabulary: " + e.getMessage()
          + "; use the standard id instead of declaring it again");
    }
    for (Feature f : d.features()) {
      if (f.question().isBlank() || !f.question().strip().endsWith("?")) {
        problems.add("feature '" + f.id() + "' needs a plain question ending in '?', was '" + f.question() + "'");
      }
      if (f.description().isBlank()) {
        problems.add("feature '" + f.id() + "' needs a plain description");
      }
    }
    if (d.conditions().isEmpty()) {
      problems.add("no conditions; describe at least one ConditionDescriptor");
    }
    Set<String> own = new HashSet<>();
    for (ConditionDescriptor c : d.conditions()) {
      own.add(c.id());
      String where = "condition '" + c.id() + "'";
      if (c.name().isBlank()) {
        problems.add(where + " needs a plain name");
      }
      if (c.summary().isBlank()) {
        problems.add(where + " needs a one-sentence plain summary");
      }
      if (c.icd10().value().isBlank() || c.icd10().display().isBlank()) {
        problems.add(where + " needs an ICD-10-CM code with its display term");
      }
      // A SNOMED CT code is welcome but optional: many conditions have no verified concept id, and
      // a guessed one is worse than none. When given, it must have a display term.
      if (c.snomed().isPresent() && c.snomed().get().display().isBlank()) {
        problems.add(where + " gives a SNOMED CT code without its display term");
      }
      if (c.sources().isEmpty()) {
        problems.add(where + " needs at least one Source for its criteria");
      }
      for (Map.Entry<String, String> e : c.unsafeReliefTags().entrySet()) {
        if (e.getKey().isBlank() || e.getValue().isBlank()) {
          problems.add(where + " declares unsafe relief tag '" + e.getKey() + "' without a plain reason");
        }
      }
    }
    if (d.reliefStrategies().isEmpty()) {
      problems.add("no relief strategies; describe at least one ReliefStrategy for the plugin's conditions");
    }
    Set<String> helped = new HashSet<>();
    for (ReliefStrategy r : d.reliefStrategies()) {
      String where = "relief strategy '" + r.id() + "'";
      if (r.text().isBlank()) {
        problems.add(where + " needs plain advice text");
      }
      boolean helpsOwn = false;
      for (String c : r.forConditions()) {
        helpsOwn |= own.contains(c);
        helped.add(c);
      }
      if (!helpsOwn) {
        problems.add(where + " helps none of this plugin's conditions " + own + "; name at least one in "
            + "forConditions(...)");
      }
      for (Map.Entry<String, String> e : r.unsafeWith().entrySet()) {
        if (!ConditionDescriptor.ID.matcher(e.getKey()).matches()) {
          problems.add(where + " is unsafe with '" + e.getKey() + "', which is not a condition id");
        }
        if (e.getValue().isBlank()) {
          problems.add(where + " is unsafe with '" + e.getKey() + "' without a plain reason");
        }
      }
      for (String tag : r.tags()) {
        if (tag.isBlank()) {
          problems.add(where + " has a blank tag; use the constants of ReliefTags");
        }
      }
    }
    for (String c : own) {
      if (!helped.contains(c)) {
        problems.add("condition '" + c + "' has no relief strategy; add one whose forConditions names it");
      }
    }
    if (d.warningSigns().isEmpty()) {
      problems.add("no warning signs; describe at least one WarningSign (when to seek care)");
    }
    for (WarningSign w : d.warningSigns()) {
      if (w.message().isBlank()) {
        problems.add("warning sign '" + w.id() + "' needs a plain message");
      }
      if (w.watchFor().isBlank()) {
        problems.add("warning sign '" + w.id() + "' needs a plain watch-for text");
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(id(plugin) + " has an incomplete descriptor. Fix:\n  - "
          + String.join("\n  - ", problems));
    }
  }

  // ------------------------------------------------------------------ per-report checks

  static void answers(ConditionPlugin plugin, SymptomReport report) {
    evaluate(plugin, report);
  }

  static void probabilitiesAreBounded(ConditionPlugin plugin, SymptomReport report) {
    Assessment a = evaluate(plugin, report);
    Set<String> declared = conditionIds(plugin.descriptor());
    Set<String> seen = new HashSet<>();
    for (ConditionScore s : a.scores()) {
      if (!declared.contains(s.conditionId())) {
        throw new AssertionError(id(plugin) + " scored condition '" + s.conditionId()
            + "', which its descriptor does not declare, for " + report
            + ". Fix: score only the conditions in descriptor().conditions() " + declared);
      }
      if (!seen.add(s.conditionId())) {
        throw new AssertionError(id(plugin) + " scored condition '" + s.conditionId() + "' twice for " + report
            + ". Fix: return one ConditionScore per condition");
      }
      double p = s.probability();
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new AssertionError(id(plugin) + " gave '" + s.conditionId() + "' probability " + p + " for "
            + report + ". Fix: every probability must be a number in [0, 1]; clamp the result of the "
            + "evidence model and guard against division by zero and NaN");
      }
    }
  }

  static void isDeterministic(ConditionPlugin plugin, ConditionPlugin other, SymptomReport report) {
    Assessment first = evaluate(plugin, report);
    SymptomReport copy = report.toBuilder().build();
    Assessment second = evaluate(plugin, copy);
    Assessment fresh = evaluate(other, copy);
    if (!first.equals(second) || !first.equals(fresh)) {
      throw new AssertionError(id(plugin) + " is not deterministic for " + report + ":\n  first:       "
          + first + "\n  second:      " + second + "\n  new instance: " + fresh
          + "\nFix: compute the assessment from the report alone; no randomness, clocks, mutable state "
          + "or iteration over hash-ordered collections in the output order");
    }
    if (!report.equals(copy)) {
      throw new AssertionError(id(plugin) + " changed the report it was given. Fix: never mutate the report");
    }
  }

  static void isMonotone(ConditionPlugin plugin, SymptomReport report) {
    Vocabulary vocabulary = vocabularyOf(plugin);
    for (String f : vocabulary.ids()) {
      SymptomReport unknown = report.toBuilder().clear(f).build();
      Map<String, ConditionScore> u = scores(evaluate(plugin, unknown));
      Map<String, ConditionScore> present = scores(evaluate(plugin, unknown.with(f, FindingState.PRESENT)));
      Map<String, ConditionScore> absent = scores(evaluate(plugin, unknown.with(f, FindingState.ABSENT)));
      for (Map.Entry<String, ConditionScore> e : u.entrySet()) {
        String c = e.getKey();
        double pu = e.getValue().probability();
        ConditionScore sp = present.get(c);
        ConditionScore sa = absent.get(c);
        if (sp == null || sa == null) {
          continue; // judged only for some states; the other checks cover consistency of the set
        }
        double pp = sp.probability();
        double pa = sa.probability();
        boolean bothUp = pp > pu && pa > pu;
        boolean bothDown = pp < pu && pa < pu;
        if (bothUp || bothDown) {
          throw new AssertionError(id(plugin) + " is not monotone in '" + f + "' for condition '" + c
              + "': probability " + pu + " when unknown, " + pp + " when present, " + pa + " when absent ("
              + (bothUp ? "both raise it" : "both lower it") + "), starting from " + unknown
              + ". Fix: give '" + f + "' one direction for '" + c + "': a supporting finding needs LR+ >= 1 "
              + "and LR- <= 1, a conflicting one LR+ <= 1 and LR- >= 1, and it must not appear in two "
              + "criteria that pull opposite ways");
        }
        checkExplained(plugin, f, c, FindingState.PRESENT, pu, sp, unknown);
        checkExplained(plugin, f, c, FindingState.ABSENT, pu, sa, unknown);
      }
    }
  }

  /** A finding listed as supporting must not have lowered the probability, and the reverse. */
  private static void checkExplained(ConditionPlugin plugin, String f, String c, FindingState state, double pu,
      ConditionScore s, SymptomReport unknown) {
    double p = s.probability();
    if (s.supporting().contains(f) && p < pu) {
      throw new AssertionError(id(plugin) + " lists '" + f + "' (" + state.wireName() + ") as supporting '" + c
          + "', but it lowers the probability from " + pu + " to " + p + ", starting from " + unknown
          + ". Fix: list a finding as supporting only when it raises the probability");
    }
    if (s.conflicting().contains(f) && p > pu) {
      throw new AssertionError(id(plugin) + " lists '" + f + "' (" + state.wireName() + ") as conflicting with '"
          + c + "', but it raises the probability from " + pu + " to " + p + ", starting from " + unknown
          + ". Fix: list a finding as conflicting only when it lowers the probability");
    }
  }

  static void usesOnlyTheVocabulary(ConditionPlugin plugin, SymptomReport report) {
    Vocabulary vocabulary = vocabularyOf(plugin);
    Assessment a = evaluate(plugin, report);
    for (ConditionScore s : a.scores()) {
      for (String f : s.supporting()) {
        requireKnown(plugin, vocabulary, f, "supporting '" + s.conditionId() + "'", report);
      }
      for (String f : s.conflicting()) {
        requireKnown(plugin, vocabulary, f, "conflicting with '" + s.conditionId() + "'", report);
      }
    }
    for (FiredWarning w : a.warnings()) {
      for (String f : w.triggeredBy()) {
        requireKnown(plugin, vocabulary, f, "firing warning '" + w.warningId() + "'", report);
      }
    }
  }

  private static void requireKnown(ConditionPlugin plugin, Vocabulary vocabulary, String f, String role,
      SymptomReport report) {
    if (!vocabulary.contains(f)) {
      throw new AssertionError(id(plugin) + " names '" + f + "' as " + role + " for " + report
          + ", but it is neither a standard feature nor one of the plugin's own"
          + vocabulary.suggest(f).map(s -> " (did you mean '" + s + "'?)").orElse("")
          + ". Fix: use a standard id, or declare the feature in the descriptor with the plugin's prefix");
    }
  }

  static void warningsAreGrounded(ConditionPlugin plugin, SymptomReport report) {
    Assessment a = evaluate(plugin, report);
    Set<String> declared = new HashSet<>();
    plugin.descriptor().warningSigns().forEach(w -> declared.add(w.id()));
    Set<String> fired = new HashSet<>();
    for (FiredWarning w : a.warnings()) {
      if (!declared.contains(w.warningId())) {
        throw new AssertionError(id(plugin) + " fired warning '" + w.warningId()
            + "', which its descriptor does not declare, for " + report
            + ". Fix: fire only the warning signs in descriptor().warningSigns() " + declared);
      }
      if (!fired.add(w.warningId())) {
        throw new AssertionError(id(plugin) + " fired warning '" + w.warningId() + "' twice for " + report
            + ". Fix: fire each warning sign at most once");
      }
      if (w.triggeredBy().isEmpty()) {
        throw new AssertionError(id(plugin) + " fired warning '" + w.warningId()
            + "' without naming the findings that fired it, for " + report
            + ". Fix: list the present findings in triggeredBy (Trigger.fire does this)");
      }
      for (String f : w.triggeredBy()) {
        if (!report.isPresent(f)) {
          throw new AssertionError(id(plugin) + " fired warning '" + w.warningId() + "' naming '" + f
              + "', which is " + report.state(f).wireName() + " in " + report
              + ". Fix: a warning sign fires only on present findings, and names only those");
        }
      }
    }
  }

  // ------------------------------------------------------------------ threads

  static void isThreadSafe(ConditionPlugin plugin, List<SymptomReport> samples, Gen<SymptomReport> reports)
      throws InterruptedException {
    List<SymptomReport> all = new ArrayList<>(samples);
    List<SymptomReport> generated = Collections.synchronizedList(new ArrayList<>());
    ReportGenerators.theory().withExamples(Math.min(THREAD_REPORTS, ReportGenerators.tries()))
        .forAll(reports).checkAssert(generated::add);
    all.addAll(generated);
    List<Assessment> expected = new ArrayList<>();
    for (SymptomReport r : all) {
      expected.add(evaluate(plugin, r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<@Nullable String>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * all.size() / THREADS;
        results.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < 3; round++) {
            for (int i = 0; i < all.size(); i++) {
              int k = (i + offset) % all.size();
              Assessment got;
              try {
                got = plugin.evaluate(all.get(k));
              } catch (RuntimeException e) {
                return "threw " + e + " for " + all.get(k);
              }
              if (!expected.get(k).equals(got)) {
                return "gave " + got + " instead of " + expected.get(k) + " for " + all.get(k);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<@Nullable String> f : results) {
        String problem;
        try {
          problem = f.get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          throw new AssertionError(id(plugin) + " did not finish assessing reports from " + THREADS
              + " threads: " + e + ". Fix: do not block or share locks in evaluate(report)", e);
        }
        if (problem != null) {
          throw new AssertionError(id(plugin) + " is not thread-safe: assessed from " + THREADS
              + " threads at once, it " + problem + ". Fix: keep the plugin stateless (final fields of "
              + "immutable values); keep per-report work in local variables");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ------------------------------------------------------------------ discovery

  static void isDiscoverable(ConditionPlugin plugin) {
    Class<?> type = plugin.getClass();
    String name = type.getName();
    ClassLoader loader = type.getClassLoader();
    boolean found = false;
    try {
      for (ServiceLoader.Provider<ConditionPlugin> p : ServiceLoader.load(ConditionPlugin.class, loader)
          .stream().toList()) {
        found |= p.type() == type;
      }
    } catch (ServiceConfigurationError e) {
      throw new AssertionError("ServiceLoader could not load the condition plugins visible to " + name + ": " + e
          + ". Fix: every class listed in " + SERVICE_FILE + " must be public with a public no-argument "
          + "constructor", e);
    }
    if (!found) {
      throw new AssertionError(id(plugin) + " is not found by ServiceLoader.load(ConditionPlugin.class). Fix: "
          + "list '" + name + "' in src/main/resources/" + SERVICE_FILE + " and declare 'provides "
          + ConditionPlugin.class.getName() + " with " + name + ";' in module-info.java");
    }
    if (!servicesFileNames(loader, name)) {
      throw new AssertionError(id(plugin) + " is not listed in " + SERVICE_FILE
          + ", which class-path users need. Fix: add a line '" + name + "' to src/main/resources/" + SERVICE_FILE);
    }
    Module module = type.getModule();
    if (module.isNamed()) {
      ModuleDescriptor descriptor = module.getDescriptor();
      boolean provided = descriptor != null && descriptor.provides().stream()
          .anyMatch(p -> p.service().equals(ConditionPlugin.class.getName()) && p.providers().contains(name));
      if (!provided) {
        throw new AssertionError(id(plugin) + " is in module '" + module.getName()
            + "', which does not provide it, so module-path users cannot find it. Fix: add 'provides "
            + ConditionPlugin.class.getName() + " with " + name + ";' to module-info.java");
      }
    }
  }

  private static boolean servicesFileNames(@Nullable ClassLoader loader, String name) {
    ClassLoader cl = loader != null ? loader : ClassLoader.getSystemClassLoader();
    try {
      Enumeration<URL> files = cl.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.equals(name)) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + SERVICE_FILE, e);
    }
  }

  // ------------------------------------------------------------------ helpers

  static Vocabulary vocabularyOf(ConditionPlugin plugin) {
    return Vocabulary.standard().with(plugin.descriptor().features());
  }

  private static Set<String> conditionIds(PluginDescriptor d) {
    Set<String> ids = new HashSet<>();
    d.conditions().forEach(c -> ids.add(c.id()));
    return ids;
  }

  private static Map<String, ConditionScore> scores(Assessment a) {
    Map<String, ConditionScore> out = new java.util.HashMap<>();
    for (ConditionScore s : a.scores()) {
      out.put(s.conditionId(), s);
    }
    return out;
  }
}
