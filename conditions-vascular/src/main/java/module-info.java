/**
 * Vascular causes of legs that ache when lying down: peripheral artery disease with ischemic rest
 * pain and chronic venous insufficiency, with the warning signs of acute limb ischemia, critical
 * limb ischemia, deep vein thrombosis and pulmonary embolism.
 *
 * <p>Reached only through the {@link org.recumbent.spi.ConditionPlugin} service; no package is
 * exported.
 *
 * @provides org.recumbent.spi.ConditionPlugin
 */
module org.recumbent.conditions.vascular {
  requires org.recumbent.core;

  provides org.recumbent.spi.ConditionPlugin
      with org.recumbent.conditions.vascular.VascularConditionPlugin;
}
