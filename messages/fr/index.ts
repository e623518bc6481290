// One file per namespace (area), so that areas are edited independently.

import account from "./account.json";
import accountRequest from "./accountRequest.json";
import audit from "./audit.json";
import common from "./common.json";
import contact from "./contact.json";
import dashboard from "./dashboard.json";
import docs from "./docs.json";
import emails from "./emails.json";
import errors from "./errors.json";
import evaluations from "./evaluations.json";
import faq from "./faq.json";
import footer from "./footer.json";
import header from "./header.json";
import landing from "./landing.json";
import login from "./login.json";
import mailbox from "./mailbox.json";
import meta from "./meta.json";
import nav from "./nav.json";
import observatory from "./observatory.json";
import operator from "./operator.json";
import operatorRequests from "./operatorRequests.json";
import plans from "./plans.json";
import products from "./products.json";
import roles from "./roles.json";
import questionnaires from "./questionnaires.json";
import staffAdmin from "./staffAdmin.json";
import supportDesk from "./supportDesk.json";
import table from "./table.json";
import team from "./team.json";
import terms from "./terms.json";

export const messages = {
  account,
  accountRequest,
  audit,
  common,
  contact,
  dashboard,
  docs,
  emails,
  errors,
  evaluations,
  faq,
  footer,
  header,
  landing,
  login,
  mailbox,
  meta,
  nav,
  observatory,
  operator,
  operatorRequests,
  plans,
  products,
  questionnaires,
  roles,
  staffAdmin,
  supportDesk,
  table,
  team,
  terms,
};
