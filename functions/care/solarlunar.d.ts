// solarlunar ships types (solarlunar.d.ts) without naming them in its package exports, where
// TypeScript looks: the part this project uses, as that file declares it.
declare module 'solarlunar' {
  interface SolarLunarResult {
    lYear: number;
    lMonth: number;
    lDay: number;
    isLeap: boolean;
  }
  const solarLunar: {
    /** -1 outside 1900-01-31 … 2100-12-31. */
    solar2lunar(year: number, month: number, day: number): SolarLunarResult | -1;
  };
  export default solarLunar;
}
