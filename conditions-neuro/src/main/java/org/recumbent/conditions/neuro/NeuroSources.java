package org.recumbent.conditions.neuro;

import org.recumbent.spi.Source;

/**
 * The sources shared by the neurological models, warnings and advice, in one place so a
 * clinician can audit them. Seed quotes are the exact sentences of
 * {@code seed/000_8a97969c9d1e1d34.txt}.
 */
final class NeuroSources {

  // --- Seed sentences (quoted exactly) ---------------------------------------------------------

  static final Source SEED_RLS_INTRO = Source.seed(
      "Discomfort when lying down is often rooted in neurological activity rather than circulation, "
          + "particularly in Restless Legs Syndrome (RLS).");
  static final Source SEED_RLS_URGE = Source.seed(
      "RLS is a sensorimotor disorder characterized by an irresistible urge to move the legs.");
  static final Source SEED_RLS_SENSATIONS = Source.seed(
      "This urge is typically accompanied by unpleasant deep sensations, often described as throbbing, "
          + "crawling, pulling, or itching within the muscles.");
  static final Source SEED_RLS_REST = Source.seed(
      "A core feature of RLS is that symptoms begin or significantly worsen during periods of rest or "
          + "inactivity, such as when lying down.");
  static final Source SEED_RLS_MOVEMENT = Source.seed(
      "The discomfort is temporarily relieved by movement, such as walking or stretching.");
  static final Source SEED_RLS_IRON = Source.seed(
      "Impaired iron storage in specific brain regions is also implicated.");
  static final Source SEED_RLS_NIGHT = Source.seed(
      "The lack of movement and the natural dip in dopamine levels that occurs at night seem to trigger "
          + "the symptoms.");
  static final Source SEED_NEUROPATHY_INTRO = Source.seed(
      "Another neurological contributor is peripheral neuropathy, which involves damage to the nerves "
          + "outside the brain and spinal cord.");
  static final Source SEED_NEUROPATHY_PAIN = Source.seed(
      "Neuropathy can cause burning, tingling, or stabbing pain that often becomes more noticeable at night.");
  static final Source SEED_NEUROPATHY_STILL = Source.seed(
      "When lying still, the background activity of the damaged nerves takes center stage, leading to "
          + "increased discomfort and sensitivity.");
  static final Source SEED_WARM_BATH = Source.seed(
      "Applying heat or taking a warm bath can also help relax muscles and improve local blood flow.");

  // --- Guidelines and papers read for the project (clinical-sources.md) -------------------------

  /** IRLSSG consensus criteria, read via the HEIW GP CPD page and the ERS table. */
  static final Source IRLSSG_2012 = Source.guideline(
      "IRLSSG consensus diagnostic criteria for RLS (approved 2012; Allen et al., Sleep Med "
          + "2014;15:860-873): all five essential criteria must be met: (1) urge to move the legs, "
          + "(2) begins or worsens at rest such as lying down or sitting, (3) relieved by movement such as "
          + "walking or stretching, (4) only or worse in the evening or night, (5) not solely accounted for "
          + "by a mimic (myalgia, venous stasis, leg oedema, arthritis, leg cramps, positional discomfort, "
          + "habitual foot tapping). Read at gpcpd.heiw.wales/clinical/restless-legs-syndrome/"
          + "the-diagnostic-criteria/");

  /** Why criterion 5 matters: the four older criteria alone are not specific. */
  static final Source HENING_2009 = Source.paper(
      "Hening et al., Sleep Med 2009 (PMC2769267): 126 of 788 (16%) expert-confirmed non-RLS family "
          + "members met the four pre-2012 criteria, a specificity of only 84%; hence criterion 5 (mimics).");

  /** DN4 item list, verified. */
  static final Source DN4_ITEMS = Source.paper(
      "DN4 questionnaire (Bouhassira et al., Pain 2005), item list verified at "
          + "pmc.ncbi.nlm.nih.gov/articles/PMC7136290/table/T3: interview items burning, painful cold, "
          + "electric shocks, tingling, pins and needles, numbness, itching; examination items include "
          + "pain caused or increased by brushing.");

  /** DN4 interview-only accuracy, verified in a validation study. */
  static final Source DN4_DUTCH = Source.paper(
      "DN4 Dutch validation (repub.eur.nl/pub/63849): interview-only cut-off 4/7, sensitivity 74%, "
          + "specificity 79%, i.e. LR+ about 3.5 for the whole interview score.");

  /** MNSI history item 11. */
  static final Source MNSI_ITEM_11 = Source.guideline(
      "Michigan Neuropathy Screening Instrument, history item 11 \"Are your symptoms worse at night?\" "
          + "(phenxtoolkit.org/protocols/view/140401), scored 1 when yes.");

  /** Codes. */
  static final String ICD_RLS_VERIFIED =
      "https://www.icd10data.com/ICD10CM/Codes/G00-G99/G20-G26/G25-/G25.81";
  static final String ICD_NEUROPATHY_VERIFIED =
      "https://www.combinehealth.ai/icd-codes/g62-9-code-neuropathy";

  private NeuroSources() {}
}
