import { DEVICE_VALUES, OS_VALUES, isKnown, type DeviceValue, type OsValue } from "@/lib/products/choices";
import type { ProductLink } from "@/lib/products/queries";

// Known OS and device codes are shown in the reader's language; free text as typed.
type Translate = (key: `os.${OsValue}` | `devices.${DeviceValue}` | "productLabel", values?: Record<string, string>) => string;

export function osLabel(t: Translate, os: string): string {
  return isKnown(os, OS_VALUES) ? t(`os.${os}`) : os;
}

export function deviceLabel(t: Translate, device: string): string {
  return isKnown(device, DEVICE_VALUES) ? t(`devices.${device}`) : device;
}

/** "Dossier Patient 5.2 — Windows, Poste de travail": tells sibling products apart. */
export function productLabel(t: Translate, p: Pick<ProductLink, "name" | "version" | "os" | "device">): string {
  return t("productLabel", { name: p.name, version: p.version, os: osLabel(t, p.os), device: deviceLabel(t, p.device) });
}
