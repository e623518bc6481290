import { DEVICE_VALUES, OS_VALUES, splitStored } from "./choices";

/** What a product form shows, keyed by field name, as the action wrapper echoes it back. */
export type FormValues = Record<string, string | string[]>;

type Source = {
  kind: string;
  name: string;
  version: string;
  edition: string | null;
  os: string;
  device: string;
  commercialName: string | null;
  inCatalogue: boolean;
  description: string | null;
};

/** A product's values in the form's shape: the edit form, and the duplicates' prefill. */
export function productFormValues(p: Source, baseIds: string[] = []): FormValues {
  const os = splitStored(p.os, OS_VALUES);
  const device = splitStored(p.device, DEVICE_VALUES);
  return {
    kind: p.kind,
    name: p.name,
    version: p.version,
    edition: p.edition ?? "",
    os: os.choice,
    osOther: os.other,
    device: device.choice,
    deviceOther: device.other,
    commercialName: p.commercialName ?? "",
    ...(p.inCatalogue ? { inCatalogue: "on" } : {}),
    description: p.description ?? "",
    baseIds,
  };
}
