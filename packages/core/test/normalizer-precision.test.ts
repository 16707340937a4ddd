import { describe, expect, it } from "vitest";
import { defaultNormalizer } from "../src/taxonomy";

const normalizer = defaultNormalizer();
const ids = (text: string) => normalizer.findSkills(text).map((m) => m.id);

describe("findSkills: no skills inside web or e-mail addresses", () => {
  it.each([
    ["https://github.com/jane-doe", []],
    ["linkedin.com/in/jane • github.com/jane", []],
    ["jane+cv@rust-labs.example.io", []],
    ["GitHub, Docker — https://www.example.dev/react", ["sk_github", "sk_docker"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("findSkills: an ambiguous form that is the whole line is the skill", () => {
  it.each([
    ["Kafka", ["sk_kafka"]],
    ["React", ["sk_react"]],
    ["Skills\nGo\nSwift\nExcel", ["sk_go", "sk_swift", "sk_excel"]],
    ["I like to go hiking", []],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("findSkills: common-word and count false positives", () => {
  it.each([
    ["Ran workshops for 20 teams", []],
    ["calm when containers are delayed at the port", []],
    ["Docker containers on Kubernetes", ["sk_docker", "sk_containers", "sk_kubernetes"]],
    ["route planning", ["sk_route_planning"]],
    ["Front desk and patient scheduling", []],
    ["Designed stainless steel valve bodies", []],
    ["Onboarded 150 new customers", []],
    ["stock forecasting", []],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("curated gaps: cloud, IaC, messaging and professional skills", () => {
  it.each([
    ["AWS, Terraform, Kafka", ["sk_aws", "sk_terraform", "sk_kafka"]],
    [
      "Azure Service Bus, Event Hubs, Crossplane",
      ["sk_azure_service_bus", "sk_azure_event_hubs", "sk_crossplane"],
    ],
    ["IFRS, US GAAP, accounts payable, payroll", ["sk_ifrs", "sk_gaap", "sk_accounts_payable", "sk_payroll"]],
    ["Patient care, phlebotomy, EMIS Web", ["sk_patient_care", "sk_phlebotomy", "sk_emis"]],
    ["Forklift licence, order picking, WMS", ["sk_forklift", "sk_order_picking", "sk_wms"]],
    ["Customer service, negotiation, teamwork", ["sk_customer_service", "sk_negotiation", "sk_teamwork"]],
    ["Lesson planning, classroom management", ["sk_lesson_planning", "sk_classroom_management"]],
    ["التحليل الإحصائي", ["sk_statistics"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
