// Development data only: fictitious vendors whose validated evaluations and plans fill the
// observatory and the agency's pages in a demo (db/seed-activity.ts). SIRENs are Luhn-valid,
// e-mails are on the reserved .example domain; never load this on a production database.

export type ActivityCompany = {
  siren: string;
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  responsable: { username: string; email: string; firstName: string; lastName: string };
  /** The commercial name of its web product (listed in the catalogue). */
  product: string;
  /** A mobile edition of the same product (iOS), not listed. */
  mobile: boolean;
  /** A validated plan on the web product. */
  plan: boolean;
};

export const ACTIVITY_COMPANIES: ActivityCompany[] = [
  {
    siren: "733100127",
    legalName: "Clinisoft France",
    addressLine: "8 quai de la Fosse",
    postalCode: "44000",
    city: "Nantes",
    responsable: { username: "demo.clinisoft", email: "claire.dubois@clinisoft.example", firstName: "Claire", lastName: "Dubois" },
    product: "Clinisoft Dossier",
    mobile: true,
    plan: true,
  },
  {
    siren: "733100259",
    legalName: "Hôpital Numérique SAS",
    addressLine: "21 rue Nationale",
    postalCode: "59000",
    city: "Lille",
    responsable: { username: "demo.hopnum", email: "antoine.lefevre@hopital-numerique.example", firstName: "Antoine", lastName: "Lefèvre" },
    product: "HN Parcours",
    mobile: true,
    plan: true,
  },
  {
    siren: "733100382",
    legalName: "Officina Santé",
    addressLine: "3 place Bellecour",
    postalCode: "69002",
    city: "Lyon",
    responsable: { username: "demo.officina", email: "sophie.garnier@officina.example", firstName: "Sophie", lastName: "Garnier" },
    product: "Officina Comptoir",
    mobile: false,
    plan: true,
  },
  {
    siren: "733100416",
    legalName: "Télésoins Connect",
    addressLine: "47 allée Jean Jaurès",
    postalCode: "31000",
    city: "Toulouse",
    responsable: { username: "demo.telesoins", email: "mehdi.benali@telesoins.example", firstName: "Mehdi", lastName: "Benali" },
    product: "Télésoins Visio",
    mobile: true,
    plan: true,
  },
  {
    siren: "733100549",
    legalName: "Radiologie Plus Logiciels",
    addressLine: "15 cours de l’Intendance",
    postalCode: "33000",
    city: "Bordeaux",
    responsable: { username: "demo.radioplus", email: "elodie.fontaine@radioplus.example", firstName: "Élodie", lastName: "Fontaine" },
    product: "RadioPlus Imagerie",
    mobile: false,
    plan: true,
  },
  {
    siren: "733100671",
    legalName: "Biologie Réseau",
    addressLine: "6 rue de la République",
    postalCode: "13001",
    city: "Marseille",
    responsable: { username: "demo.bioreseau", email: "thomas.girard@bioreseau.example", firstName: "Thomas", lastName: "Girard" },
    product: "BioRéseau Résultats",
    mobile: true,
    plan: true,
  },
  {
    siren: "733100705",
    legalName: "Pharmaflux",
    addressLine: "30 avenue de la Marne",
    postalCode: "67000",
    city: "Strasbourg",
    responsable: { username: "demo.pharmaflux", email: "lea.muller@pharmaflux.example", firstName: "Léa", lastName: "Muller" },
    product: "Pharmaflux Ordonnance",
    mobile: true,
    plan: false,
  },
  {
    siren: "733100838",
    legalName: "Coordination Santé Ouest",
    addressLine: "11 boulevard de la Liberté",
    postalCode: "35000",
    city: "Rennes",
    responsable: { username: "demo.coordouest", email: "yann.le-goff@coordination-ouest.example", firstName: "Yann", lastName: "Le Goff" },
    product: "Coord’Ouest",
    mobile: false,
    plan: false,
  },
];
