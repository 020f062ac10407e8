import { accountCsvColumns, accountCsvOptionalColumns } from "./account-row.js";

/** One CSV line from values in header order, quoting what needs quoting. */
export function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
}

/**
 * A valid accounts CSV of `rows` rows (two accounts per borrower; US ones with
 * a state and a validation notice sent), for tests, benchmarks and trying the
 * import by hand; `collector` places every account with that collector (a username).
 */
export function sampleAccountsCsv(rows: number, options: { collector?: string } = {}): string {
  const lines = [[...accountCsvColumns, ...accountCsvOptionalColumns].join(",")];
  for (let i = 0; i < rows; i++) {
    const b = Math.floor(i / 2);
    const cn = b % 10 < 7;
    lines.push(
      csvLine([
        `IMP-B${b}`,
        cn ? `测试${b}` : `Test Person ${b}`,
        cn ? `+86139${String(b).padStart(8, "0")}` : `+1212${String(2_000_000 + b).slice(-7)}`,
        `imp${b}@example.com`,
        cn ? `11010119900101${String(b % 10_000).padStart(4, "0")}` : "",
        cn ? "上海市浦东新区世纪大道1号" : "New York, NY, 1 Main St",
        cn ? "Asia/Shanghai" : "America/New_York",
        cn ? "zh-CN" : "en-US",
        cn ? "CN" : "US",
        `IMP-A${i}`,
        "consumer_loan",
        "5000.00",
        "3210.55",
        cn ? "CNY" : "USD",
        "2026-09-30",
        "60",
        "in_collection",
        "",
        options.collector ?? "",
        cn ? "" : b % 3 === 0 ? "MA" : "NY",
        cn ? "" : "2026-08-03T10:00:00-04:00",
        "",
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
