// Preloaded (node --require) by the determinism test: moves the process's clock by
// FAKE_CLOCK_OFFSET_MS, so that a build that read the clock anywhere would differ.
const offset = Number(process.env.FAKE_CLOCK_OFFSET_MS || 0);
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = ShiftedDate;
