package org.recumbent.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;

/**
 * Generates symptom reports deterministically from a seed, so every run measures the same inputs.
 *
 * <p>Each report names a random subset of the vocabulary. A finding is present with probability
 * {@value #PRESENT}, except a red flag, which is present with probability {@value #RED_FLAG_PRESENT}
 * (red flags are rare in real reports, and a report full of them triages trivially). Nine in ten
 * reports give an age from 18 to 95; the sex is drawn from all four values.
 */
public final class Reports {

  /** Size meaning "every feature of the vocabulary is answered present or absent". */
  public static final int EVERY_FINDING = -1;

  private static final double PRESENT = 0.35;
  private static final double RED_FLAG_PRESENT = 0.02;

  private final List<Feature> features;
  private final SplittableRandom random;

  /**
   * Create a generator.
   *
   * @param vocabulary the features to draw from; never {@code null}
   * @param seed the seed
   */
  public Reports(Vocabulary vocabulary, long seed) {
    this.features = vocabulary.features();
    this.random = new SplittableRandom(seed);
  }

  /**
   * Parse a size as the benchmarks name it: a number of findings, or {@code all}.
   *
   * @param size the size; never {@code null}
   * @return the number of findings, or {@link #EVERY_FINDING}
   */
  public static int parseSize(String size) {
    return "all".equals(size) ? EVERY_FINDING : Integer.parseInt(size);
  }

  /**
   * Generate one report.
   *
   * @param findings how many findings it names, or {@link #EVERY_FINDING}
   * @return the report; never {@code null}
   */
  public SymptomReport next(int findings) {
    List<Feature> pool = new ArrayList<>(features);
    int n = findings == EVERY_FINDING ? pool.size() : Math.min(findings, pool.size());
    SymptomReport.Builder b = SymptomReport.builder();
    patient(b);
    for (int i = 0; i < n; i++) {
      Feature f = pool.remove(random.nextInt(pool.size()));
      double p = f.isRedFlag() ? RED_FLAG_PRESENT : PRESENT;
      b.finding(f.id(), random.nextDouble() < p ? FindingState.PRESENT : FindingState.ABSENT);
    }
    return b.build();
  }

  /**
   * Generate a report in the middle of an interview: a few symptoms answered, none of them a red
   * flag, and the red flags either still unasked or all answered "no".
   *
   * @param answers how many non-red-flag findings it names
   * @param redFlagsScreened whether every red flag is answered absent
   * @return the report; never {@code null}
   */
  public SymptomReport interview(int answers, boolean redFlagsScreened) {
    return interview(answers, redFlagsScreened, false);
  }

  /**
   * Generate a report in the middle of an interview, as {@link #interview(int, boolean)}, and with
   * every warning sign (category {@code sign}) answered "no" too when asked for, so that the next
   * question is chosen by score.
   *
   * @param answers how many other findings it names
   * @param redFlagsScreened whether every red flag is answered absent
   * @param signsScreened whether every warning sign is answered absent
   * @return the report; never {@code null}
   */
  public SymptomReport interview(int answers, boolean redFlagsScreened, boolean signsScreened) {
    List<Feature> pool = new ArrayList<>();
    SymptomReport.Builder b = SymptomReport.builder();
    patient(b);
    for (Feature f : features) {
      if (f.isRedFlag()) {
        if (redFlagsScreened) {
          b.absent(f.id());
        }
      } else if (signsScreened && f.category() == FeatureCategory.SIGN) {
        b.absent(f.id());
      } else {
        pool.add(f);
      }
    }
    for (int i = 0; i < answers; i++) {
      Feature f = pool.remove(random.nextInt(pool.size()));
      b.finding(f.id(), random.nextDouble() < 0.6 ? FindingState.PRESENT : FindingState.ABSENT);
    }
    return b.build();
  }

  /**
   * Generate many reports of one size.
   *
   * @param count how many
   * @param findings how many findings each names, or {@link #EVERY_FINDING}
   * @return the reports; never {@code null}
   */
  public SymptomReport[] next(int count, int findings) {
    SymptomReport[] out = new SymptomReport[count];
    for (int i = 0; i < count; i++) {
      out[i] = next(findings);
    }
    return out;
  }

  private void patient(SymptomReport.Builder b) {
    if (random.nextInt(10) != 0) {
      b.age(18 + random.nextInt(78));
    }
    Sex[] sexes = Sex.values();
    b.sex(sexes[random.nextInt(sexes.length)]);
  }
}
