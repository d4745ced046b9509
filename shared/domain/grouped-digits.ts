/**
 * A whole number with its thousands grouped, as `toLocaleString('en')` writes it ("1,000",
 * "-12,500"), without Intl: the first call to Intl's number formatting loads ICU's data, which
 * cost the command line 25–100 ms at start, as the schemas write their limits into their
 * messages when their modules load. Anything but a safe integer still goes to Intl.
 */
export function groupedDigits(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString('en');
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}
