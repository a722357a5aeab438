package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.Messages;
import org.recumbent.internal.StandardFeatures;

/**
 * The set of features a report may mention: the standard vocabulary v1, plus the namespaced
 * features that installed plugins add.
 *
 * <p>Immutable and thread-safe. The texts of the standard features come from a resource bundle,
 * so a translation is a file, not a code change.
 *
 * @since 0.1
 */
public final class Vocabulary {

  /** The version of the standard vocabulary. */
  public static final int STANDARD_VERSION = 1;

  private static final Vocabulary STANDARD = new Vocabulary(StandardFeatures.load(Locale.ROOT));

  private final Map<String, Feature> features;

  /**
   * Which {@link FeatureIndex} numbers are features of this vocabulary (numbered when it is made),
   * as bits: bit {@code n % 64} of word {@code n / 64}.
   */
  private final long[] known;

  private Vocabulary(Map<String, Feature> features) {
    this.features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    int[] numbers = new int[features.size()];
    int max = -1;
    int k = 0;
    for (String id : features.keySet()) {
      numbers[k] = FeatureIndex.intern(id);
      max = Math.max(max, numbers[k++]);
    }
    this.known = new long[(max + Long.SIZE) / Long.SIZE];
    for (int n : numbers) {
      known[n / Long.SIZE] |= 1L << n;
    }
  }

  /**
   * Return the standard vocabulary v1 in the default (English) texts.
   *
   * @return the shared standard vocabulary; never {@code null}
   */
  public static Vocabulary standard() {
    return STANDARD;
  }

  /**
   * Return the standard vocabulary v1 with texts for a locale, falling back to English.
   *
   * @param locale the locale; never {@code null}
   * @return the vocabulary; never {@code null}
   */
  public static Vocabulary standard(Locale locale) {
    requireNonNull(locale, "locale");
    return Locale.ROOT.equals(locale) ? STANDARD : new Vocabulary(StandardFeatures.load(locale));
  }

  /**
   * Return this vocabulary with more features added.
   *
   * @param extra the features to add; never {@code null}
   * @return a new vocabulary; never {@code null}
   * @throws IllegalArgumentException if an added id is already in the vocabulary
   */
  public Vocabulary with(Collection<Feature> extra) {
    Map<String, Feature> merged = new LinkedHashMap<>(features);
    for (Feature f : extra) {
      checkArgument(merged.putIfAbsent(f.id(), f) == null,
          "feature id '%s' is declared twice; two sources may not claim the same id", f.id());
    }
    return new Vocabulary(merged);
  }

  /**
   * Look a feature up.
   *
   * @param id the feature id; never {@code null}
   * @return the feature, or empty when the id is not in this vocabulary
   */
  public Optional<Feature> feature(String id) {
    return Optional.ofNullable(features.get(id));
  }

  /**
   * Return whether an id is in this vocabulary.
   *
   * @param id the feature id; never {@code null}
   * @return {@code true} if known
   */
  public boolean contains(String id) {
    return features.containsKey(id);
  }

  /**
   * Return every feature, the standard ones first in vocabulary order.
   *
   * @return the features; never {@code null}
   */
  public List<Feature> features() {
    return List.copyOf(features.values());
  }

  /**
   * Return every feature id.
   *
   * @return the ids, in vocabulary order; never {@code null}
   */
  public Set<String> ids() {
    return features.keySet();
  }

  /**
   * Return the red-flag features, in vocabulary order.
   *
   * @return the red flags; never {@code null}
   */
  public List<Feature> redFlags() {
    List<Feature> out = new ArrayList<>();
    for (Feature f : features.values()) {
      if (f.isRedFlag()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Suggest the known id closest to an unknown one, for error messages.
   *
   * @param unknownId the id that was not found; never {@code null}
   * @return the closest known id, if one is close enough to be a likely typo
   */
  public Optional<String> suggest(String unknownId) {
    return Messages.closest(unknownId, features.keySet());
  }

  /**
   * Check that a report mentions only features in this vocabulary.
   *
   * @param report the report; never {@code null}
   * @throws IllegalArgumentException naming the first unknown feature id and a close match
   */
  public void check(SymptomReport report) {
    // Most reports are answered only with ids that are numbered: checked on the report's array of
    // answers by number. Otherwise (an overlay, an id never numbered) id by id, in id order, so
    // the first unknown id is named.
    if (report.answersNumberedIn(known)) {
      return;
    }
    for (String id : report.findings().keySet()) {
      if (!features.containsKey(id)) {
        throw new IllegalArgumentException(unknownFeatureMessage(id));
      }
    }
  }

  /**
   * Return the message for an unknown feature id.
   *
   * @param id the unknown id; never {@code null}
   * @return a message naming the id (escaped and shortened, as {@code WireFormat} shows input) and,
   *     when there is one, the closest known id
   */
  public String unknownFeatureMessage(String id) {
    return "findings: unknown feature id '" + Messages.echo(id) + "'"
        + suggest(id).map(s -> " (did you mean '" + s + "'?)").orElse("")
        + "; allowed ids are the " + features.size()
        + " features of the vocabulary (Vocabulary.ids() lists them)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabulary v && v.features.equals(features);
  }

  @Override
  public int hashCode() {
    return features.hashCode();
  }

  @Override
  public String toString() {
    return "Vocabulary{" + features.size() + " features}";
  }
}
