import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { InputError } from "@futodama/core";
import ipaddr from "ipaddr.js";

/**
 * Where a webhook may point. `public-https` (deployed): https only, and never an address that is
 * not public unicast (private, loopback, link-local — 169.254.169.254, the metadata service —,
 * unique-local, reserved…), which is what stops a tenant from using deliveries for SSRF.
 * `allow-loopback` (the local runtime and its tests): plain http and 127.0.0.1/::1 allowed too,
 * every other non-public address still refused.
 */
export type WebhookUrlPolicy = "public-https" | "allow-loopback";

const invalid = (message: string) => new InputError("webhook.invalid_url", message);
const refused = (message: string) => new InputError("webhook.url_not_allowed", message);

/** The addresses deliveries may connect to under the policy; the delivery agent enforces the same. */
export function isAllowedAddress(address: string, policy: WebhookUrlPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === "unicast" || (policy === "allow-loopback" && range === "loopback");
}

/** Loopback addresses the local policy lets the delivery agent reach. */
export const loopbackAddresses = ["127.0.0.1", "::1"];

/**
 * Checks a URL before it is registered: its scheme, and every address its host resolves to now.
 * Deliveries check the address again when they connect (DNS may change: rebinding).
 */
export async function assertWebhookUrl(
  raw: string,
  policy: WebhookUrlPolicy,
  resolve: (host: string) => Promise<string[]> = resolveHost,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("The webhook URL is not a valid absolute URL");
  }
  const httpsOnly = policy === "public-https";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !httpsOnly)) {
    throw invalid(httpsOnly ? "Webhook URLs must use https" : "Webhook URLs must use http or https");
  }
  if (url.username || url.password) throw invalid("Webhook URLs may not carry credentials");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw invalid(`The webhook host ${host} does not resolve`);
  const blocked = addresses.find((address) => !isAllowedAddress(address, policy));
  if (blocked !== undefined) {
    throw refused(`The webhook host ${host} resolves to ${blocked}, which is not a public address`);
  }
  return url;
}

async function resolveHost(host: string): Promise<string[]> {
  try {
    return (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch (error) {
    throw new InputError("webhook.invalid_url", `The webhook host ${host} does not resolve`, {
      cause: error,
    });
  }
}
