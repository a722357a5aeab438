package org.recumbent.conditions.musculoskeletal;

import org.recumbent.spi.Source;

/**
 * The published material the musculoskeletal content rests on, cited once and shared, as recorded
 * in {@code reference/clinical-sources.md} (sections 3.6, 3.7 and 4).
 */
final class MusculoskeletalSources {

  // --- The seed text, sentence by sentence. ---

  static final Source SEED_CRAMPS = Source.seed(
      "Nocturnal leg cramps (NLCs), commonly called a “charley horse,” are sudden, sharp, and intense "
          + "muscle spasms that most frequently affect the calf muscles.");
  static final Source SEED_CRAMPS_TIGHTENING = Source.seed(
      "These cramps are characterized by the muscle suddenly tightening uncontrollably.");
  static final Source SEED_CRAMPS_DURATION = Source.seed(
      "NLCs can be intensely painful and disruptive, lasting from several seconds to many minutes.");
  static final Source SEED_CRAMPS_DEHYDRATION = Source.seed(
      "The precise mechanism is complex, but theories suggest an abnormal firing of motor neurons or "
          + "muscle fatigue, often compounded by factors like dehydration or electrolyte imbalances.");
  static final Source SEED_ARTHRITIS = Source.seed(
      "Arthritis causes inflammation in the joints, and lying down may put sustained pressure on an "
          + "inflamed hip or knee joint, increasing the perception of pain.");
  static final Source SEED_SCIATICA = Source.seed(
      "For sciatica, which is pain radiating along the sciatic nerve from the lower back, certain "
          + "sleeping postures can worsen symptoms.");
  static final Source SEED_SCIATICA_POSTURE = Source.seed(
      "Lying flat may cause the spine to flatten or twist, placing pressure on the nerve roots, "
          + "resulting in radiating leg pain.");
  static final Source SEED_RECUMBENT = Source.seed(
      "Existing musculoskeletal problems like arthritis or sciatica can also be aggravated by the "
          + "recumbent position.");
  static final Source SEED_STRETCHES = Source.seed(
      "Strategies include performing gentle calf and hamstring stretches before bed to reduce muscle "
          + "tension that can trigger nocturnal cramps.");
  static final Source SEED_HEAT = Source.seed(
      "Applying heat or taking a warm bath can also help relax muscles and improve local blood flow.");
  static final Source SEED_POSITION = Source.seed(
      "Adjusting the sleeping position can provide relief depending on the underlying cause.");

  // --- Guidelines, criteria and papers (clinical-sources.md). ---

  static final Source AASM_CRAMPS = Source.guideline(
      "AASM, sleepeducation.org, sleep-related leg cramps: \"a painful feeling in your leg or foot as a "
          + "muscle contracts and tightens\", \"around the time when you sleep\", easing \"when you stretch "
          + "the muscle\" (clinical-sources.md §3.6)");
  static final Source NSF_CRAMPS = Source.guideline(
      "National Sleep Foundation, assessment and diagnosis of sleep-related leg cramps: \"sudden, "
          + "involuntary muscle tightening and/or hardness, which can be relieved by forcefully stretching\" "
          + "(clinical-sources.md §3.6)");
  static final Source HALLEGRAEFF_2017 = Source.paper(
      "Hallegraeff J et al., BMC Fam Pract 2017;18:52 (doi 10.1186/s12875-017-0600-x), Delphi consensus: "
          + "intense pain, seconds to at most 10 minutes, calf or foot, seldom thigh, persistent after-pain, "
          + "sleep disruption, distress (clinical-sources.md §3.6)");
  static final Source CRAMPS_PREVALENCE = Source.paper(
      "sleepeducation.org (AASM): 33% of people over 60 have leg cramps at least once every 2 months; "
          + "Naylor, cited in Einstein 'Sleep-related leg cramps': 37% at 50 or over, 54% over 80 "
          + "(clinical-sources.md §3.6)");
  static final Source BMJ_CAUDA_EQUINA = Source.guideline(
      "BMJ Best Practice, Cauda equina syndrome, diagnosis approach: suspect it with leg or back pain plus "
          + "new or worsening bladder or bowel disturbance, saddle sensory change, bilateral leg weakness "
          + "or sexual dysfunction; refer immediately, MRI within 4 hours; NICE CKS red flags (revised 2018, secondary summaries) add "
          + "bilateral sciatica and severe or progressive bilateral neurological deficit of the legs "
          + "(clinical-sources.md §3.7)");
  static final Source CKS_SCIATICA_RED_FLAGS = Source.unverified(Source.Kind.GUIDELINE,
      "NICE CKS Sciatica (lumbar radiculopathy) and Low back pain without radiculopathy: red flags for "
          + "serious spinal pathology, including progressive or severe motor loss such as foot drop, fever "
          + "or a history of cancer with back pain, and significant trauma; not read in the original "
          + "(clinical-sources.md §3.7 covers the cauda equina part)");
  static final Source CKS_BILATERAL_SCIATICA = Source.unverified(Source.Kind.GUIDELINE,
      "NICE CKS red flags for cauda equina syndrome, revised 2018: bilateral sciatica is the first of them "
          + "(clinical-sources.md 3.7, from secondary summaries quoting CKS); without saddle numbness, bladder or "
          + "bowel change or weakness it is not itself the syndrome, so it is seen within 24 hours with "
          + "safety-netting on the emergency signs; pain in both buttocks or legs also has LR 6.3 for lumbar "
          + "spinal stenosis (Suri et al., JAMA 2010;304:2628)");
  /**
   * After an injury: no heat, massage or exercise until the leg is checked. The NHS advice on
   * sprains and strains says to stop any exercise or activities and to avoid heat (hot baths, heat
   * packs) and massages for the first couple of days.
   */
  static final String NHS_SPRAINS = "NHS, Sprains and strains: for the first 2 to 3 days rest (stop any exercise "
      + "or activities), and avoid heat such as hot baths and heat packs, alcohol and massages (read in copies of "
      + "the NHS page, e.g. https://drpharmacy.uk/health-detail/?topic=sprains-and-strains)";
  static final Source CKS_SEPTIC_ARTHRITIS = Source.unverified(Source.Kind.GUIDELINE,
      "NICE CKS Septic arthritis / BMJ Best Practice Septic arthritis: a hot, swollen, painful joint, with "
          + "or without fever, needs same-day emergency assessment; not read in the original");
  static final Source NICE_NG59 = Source.unverified(Source.Kind.GUIDELINE,
      "NICE NG59 (2016, updated 2020), Low back pain and sciatica in over 16s: encourage people to continue "
          + "normal activities and stay active; not read in the original");
  static final Source NICE_NG226 = Source.unverified(Source.Kind.GUIDELINE,
      "NICE NG226 (2022), Osteoarthritis in over 16s: diagnose clinically in people 45 or over with "
          + "activity-related joint pain and morning stiffness of 30 minutes or less; offer exercise as a "
          + "core treatment; not read in the original");
  static final Source ACR_1986_KNEE_OA = Source.unverified(Source.Kind.GUIDELINE,
      "Altman R et al., Arthritis Rheum 1986;29:1039, ACR clinical criteria for knee osteoarthritis: knee "
          + "pain with age over 50, stiffness under 30 minutes, crepitus, bony tenderness or enlargement, "
          + "no palpable warmth; not read in the original");
  static final Source CKS_LEG_CRAMPS = Source.unverified(Source.Kind.GUIDELINE,
      "NICE CKS Leg cramps: reassure, advise stretching; review drugs that can cause cramps, such as "
          + "diuretics and statins; cramps are common in pregnancy and older age; not read in the original");

  private MusculoskeletalSources() {}
}
