import { DEVICE_VALUES, OS_VALUES, isKnown, type DeviceValue, type OsValue } from "./choices";

// The one way a product is named to a reader (pages, emails, PDF, CSV, XLSX): known OS and
// device codes in the reader's language ("Poste de travail", never "Desktop" on a French
// page), free text as typed. Client-safe: takes the "products" translator it is given.

export type ProductLabelTranslate = (
  key: `os.${OsValue}` | `devices.${DeviceValue}` | "productLabel",
  values?: Record<string, string>,
) => string;

export type NamedProduct = { name: string; version: string; os: string; device: string };

export function osLabel(t: ProductLabelTranslate, os: string): string {
  return isKnown(os, OS_VALUES) ? t(`os.${os}`) : os;
}

export function deviceLabel(t: ProductLabelTranslate, device: string): string {
  return isKnown(device, DEVICE_VALUES) ? t(`devices.${device}`) : device;
}

/** "Dossier Patient 5.2 — Windows, Poste de travail": tells sibling products apart. */
export function productLabel(t: ProductLabelTranslate, p: NamedProduct): string {
  return t("productLabel", { name: p.name, version: p.version, os: osLabel(t, p.os), device: deviceLabel(t, p.device) });
}
