import { describe, expect, it } from "vitest";
import { echoValues, formDataToObject } from "./form-data";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("form data", () => {
  it("turns repeated keys into arrays and drops Next's internal fields", () => {
    const data = form([
      ["name", "Alice"],
      ["os", "ios"],
      ["os", "android"],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(formDataToObject(data)).toEqual({ name: "Alice", os: ["ios", "android"] });
  });

  it("echoes what was typed but never a password, a token or a file", () => {
    const data = form([
      ["username", "demo.responsable"],
      ["password", "secret-value"],
      ["newPassword", "secret-value"],
      ["token", "abc"],
      ["document", new Blob(["%PDF-"], { type: "application/pdf" })],
    ]);
    expect(echoValues(data)).toEqual({ username: "demo.responsable" });
    expect(
      echoValues(
        form([
          ["siren", "1"],
          ["note", "x"],
        ]),
        ["note"],
      ),
    ).toEqual({ siren: "1" });
  });
});
