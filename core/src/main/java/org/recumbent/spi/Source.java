package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where a piece of medical content comes from: the seed text, a guideline, a paper, or an expert
 * estimate that no published figure supports.
 *
 * <p>Every prior, likelihood ratio, red flag and piece of advice in Recumbent carries one, so a
 * clinician can audit it.
 *
 * @param kind what kind of source this is; never {@code null}
 * @param citation the citation or quoted sentence; never {@code null} or blank
 * @param verified whether the statement was read in the cited material
 * @since 0.1
 */
public record Source(Kind kind, String citation, boolean verified) {

  /** What kind of source supports a statement. */
  public enum Kind {
    /** The product's seed text, "Why Do My Legs Ache When Lying Down?". */
    SEED,
    /** A clinical guideline or consensus criteria (IRLSSG 2012, NICE, ...). */
    GUIDELINE,
    /** A peer-reviewed paper (Khan et al., JAMA 2006, ...). */
    PAPER,
    /** A conservative expert estimate: no published figure was found. */
    EXPERT_ESTIMATE
  }

  /**
   * Create a source.
   *
   * @throws IllegalArgumentException if the citation is blank
   */
  public Source {
    requireNonNull(kind, "kind");
    requireNonNull(citation, "citation");
    checkArgument(!citation.isBlank(), "a source needs a citation");
  }

  /**
   * Cite the seed text; the quote should be the sentence the content comes from.
   *
   * @param quote the sentence from the seed; never {@code null}
   * @return the source; never {@code null}
   */
  public static Source seed(String quote) {
    return new Source(Kind.SEED, "Seed text: \"" + quote + "\"", true);
  }

  /**
   * Cite a guideline that was read.
   *
   * @param citation the guideline and the part used; never {@code null}
   * @return the source; never {@code null}
   */
  public static Source guideline(String citation) {
    return new Source(Kind.GUIDELINE, citation, true);
  }

  /**
   * Cite a paper whose figure was read.
   *
   * @param citation authors, journal, year and the figure used; never {@code null}
   * @return the source; never {@code null}
   */
  public static Source paper(String citation) {
    return new Source(Kind.PAPER, citation, true);
  }

  /**
   * Cite material that was not checked against the original.
   *
   * @param kind the kind of material; never {@code null}
   * @param citation the citation; never {@code null}
   * @return an unverified source; never {@code null}
   */
  public static Source unverified(Kind kind, String citation) {
    return new Source(kind, citation, false);
  }

  /**
   * Mark a number that no published figure supports; keep such numbers conservative.
   *
   * @param rationale why the value was chosen; never {@code null}
   * @return an unverified expert-estimate source; never {@code null}
   */
  public static Source expertEstimate(String rationale) {
    return new Source(Kind.EXPERT_ESTIMATE, "Expert estimate, no published figure: " + rationale, false);
  }
}
