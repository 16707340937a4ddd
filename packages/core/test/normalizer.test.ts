import { describe, expect, it } from "vitest";
import { createNormalizer, defaultNormalizer, loadTaxonomy } from "../src";

const normalizer = defaultNormalizer();
const ids = (text: string) => normalizer.findSkills(text).map((m) => m.id);

describe("findSkills: whole tokens only", () => {
  it.each([
    ["JavaScript developer", ["sk_javascript"]],
    ["Java and JavaScript", ["sk_java", "sk_javascript"]],
    ["good going, we go on", []],
    ["R&D department", []],
    ["C-level executives", []],
    ["a b c d", []],
    [
      "Tools: C, C++, C#, .NET, Node.js, CI/CD, TCP/IP",
      ["sk_c", "sk_cpp", "sk_csharp", "sk_dotnet", "sk_nodejs", "sk_ci_cd", "sk_tcp_ip"],
    ],
    ["Python/Django, Java/Kotlin", ["sk_python", "sk_django", "sk_java", "sk_kotlin"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("findSkills: aliases and phrases", () => {
  it("maps aliases to canonical skills", () => {
    expect(ids("k8s, postgres, react.js, nodejs, GCP, AWS, golang")).toEqual([
      "sk_kubernetes",
      "sk_postgresql",
      "sk_react",
      "sk_nodejs",
      "sk_gcp",
      "sk_aws",
      "sk_go",
    ]);
  });

  it("matches multi-word phrases, longest first", () => {
    expect(ids("machine learning on Amazon Web Services")).toEqual(["sk_machine_learning", "sk_aws"]);
    expect(ids("Spring Boot microservices")).toEqual(["sk_spring_boot", "sk_microservices"]);
    expect(ids("React Native apps")).toEqual(["sk_react_native", "sk_mobile_development"].slice(0, 1));
  });

  it("folds plurals of the last token", () => {
    expect(ids("relational databases and REST APIs")).toEqual(["sk_rdbms", "sk_rest_api"]);
  });

  it("never matches stop words, even when a source lists them", () => {
    expect(ids("the and of to in is it for with on at by this that")).toEqual([]);
  });

  it("returns spans into the original text", () => {
    const text = "Strong  Ｐｙｔｈｏｎ, café-owner, Kubernetes (K8s)\nand POSTGRES.";
    for (const m of normalizer.findSkills(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(normalizer.findSkills(text).map((m) => m.text)).toEqual([
      "Ｐｙｔｈｏｎ",
      "Kubernetes",
      "K8s",
      "POSTGRES",
    ]);
  });
});

describe("findSkills: ambiguous forms need context", () => {
  it.each([
    ["I like to go hiking", []],
    ["Backend in Go and Rust", ["sk_backend_development", "sk_go", "sk_rust"]],
    ["Languages: Python, Go, R, Swift", ["sk_python", "sk_go", "sk_r", "sk_swift"]],
    ["The rust on the old car", []],
    ["a swift response", []],
    ["in the spring of 2019", []],
    ["Java, Spring, Hibernate", ["sk_java", "sk_spring", "sk_hibernate"]],
    ["We excel at teamwork", ["sk_teamwork"]],
    ["Advanced Excel (pivot tables)", ["sk_excel", "sk_excel"]],
    ["we react to incidents", []],
    ["Frontend with React and TypeScript", ["sk_frontend_development", "sk_react", "sk_typescript"]],
    ["statistical analysis in R", ["sk_statistics", "sk_r"]],
    ["Unity and C# game developer", ["sk_unity", "sk_csharp", "sk_game_development"].slice(0, 2)],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("canonicalSkill and relatedSkills", () => {
  it("looks up one name", () => {
    expect(normalizer.canonicalSkill("JS")?.id).toBe("sk_javascript");
    expect(normalizer.canonicalSkill("  Postgres ")?.id).toBe("sk_postgresql");
    expect(normalizer.canonicalSkill("Go")?.id).toBe("sk_go");
    expect(normalizer.canonicalSkill("Oracle Java")?.id).toBe("sk_java");
    expect(normalizer.canonicalSkill("no such skill xyz")).toBeUndefined();
  });

  it("lists parents and related skills", () => {
    expect(normalizer.relatedSkills("sk_postgresql")).toEqual(expect.arrayContaining(["sk_sql", "sk_mysql"]));
    expect(normalizer.relatedSkills("sk_nope")).toEqual([]);
  });
});

describe("tenant aliases", () => {
  it("adds a tenant's own names without touching the shared normalizer", () => {
    const tenant = createNormalizer(loadTaxonomy(), {
      tenantAliases: [{ alias: "Dynamics Navision", skillId: "sk_dynamics_nav" }],
    });
    expect(tenant.findSkills("10 years of Dynamics Navision").map((m) => [m.id, m.text])).toEqual([
      ["sk_dynamics_nav", "Dynamics Navision"],
    ]);
    expect(tenant.canonicalSkill("dynamics navision")?.id).toBe("sk_dynamics_nav");
    expect(normalizer.canonicalSkill("dynamics navision")).toBeUndefined();
  });
});
