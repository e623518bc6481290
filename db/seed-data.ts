// Development data only: fictitious companies, people and products. The demo accounts are
// listed in the README; never load this on a production database.
export const DEMO_PASSWORD = "Demo-Convergence-2026";

export const DEMO_COMPANIES = [
  { siren: "812345676", legalName: "Santé Logiciels SAS", addressLine: "12 rue des Lilas", postalCode: "69003", city: "Lyon" },
  { siren: "902158732", legalName: "MédiSoft Éditions", addressLine: "4 avenue du Port", postalCode: "33000", city: "Bordeaux" },
] as const;

type DemoUser = {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  company?: (typeof DEMO_COMPANIES)[number]["siren"];
  companyRole?: "responsable" | "contributor";
  agencyRole?: "operator" | "support" | "admin";
};

export const DEMO_USERS: DemoUser[] = [
  {
    username: "demo.responsable",
    email: "camille.martin@sante-logiciels.example",
    firstName: "Camille",
    lastName: "Martin",
    company: "812345676",
    companyRole: "responsable",
  },
  {
    username: "demo.contributeur",
    email: "lucas.bernard@sante-logiciels.example",
    firstName: "Lucas",
    lastName: "Bernard",
    company: "812345676",
    companyRole: "contributor",
  },
  {
    username: "demo.redactrice",
    email: "zoe.laurent@sante-logiciels.example",
    firstName: "Zoé",
    lastName: "Laurent",
    company: "812345676",
    companyRole: "contributor",
  },
  {
    username: "demo.medisoft",
    email: "nora.haddad@medisoft.example",
    firstName: "Nora",
    lastName: "Haddad",
    company: "902158732",
    companyRole: "responsable",
  },
  { username: "demo.operateur", email: "ines.petit@agence.example", firstName: "Inès", lastName: "Petit", agencyRole: "operator" },
  { username: "demo.support", email: "hugo.moreau@agence.example", firstName: "Hugo", lastName: "Moreau", agencyRole: "support" },
  { username: "demo.admin", email: "julie.roux@agence.example", firstName: "Julie", lastName: "Roux", agencyRole: "admin" },
];

export const DEMO_PRODUCTS = [
  {
    company: "812345676",
    kind: "base",
    name: "Dossier Patient",
    version: "5.2",
    os: "Windows",
    device: "Desktop",
    commercialName: "DossierPatient Pro",
  },
  {
    company: "812345676",
    kind: "base",
    name: "Dossier Patient",
    version: "5.2",
    os: "iOS",
    device: "Mobile",
    commercialName: "DossierPatient Mobile",
  },
  {
    company: "812345676",
    kind: "option",
    name: "Module Télé-expertise",
    version: "1.0",
    os: "Web",
    device: "Website",
    commercialName: null,
  },
  {
    company: "902158732",
    kind: "base",
    name: "Agenda Santé",
    version: "3.1",
    os: "Web",
    device: "Website",
    commercialName: "Agenda Santé",
  },
] as const;
