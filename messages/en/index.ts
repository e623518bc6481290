// One file per namespace (area), so that areas are edited independently.

import common from "./common.json";
import contact from "./contact.json";
import dashboard from "./dashboard.json";
import docs from "./docs.json";
import emails from "./emails.json";
import errors from "./errors.json";
import faq from "./faq.json";
import footer from "./footer.json";
import header from "./header.json";
import landing from "./landing.json";
import login from "./login.json";
import mailbox from "./mailbox.json";
import meta from "./meta.json";
import nav from "./nav.json";
import operator from "./operator.json";
import roles from "./roles.json";
import questionnaires from "./questionnaires.json";
import supportDesk from "./supportDesk.json";
import table from "./table.json";

export const messages = { common, contact, dashboard, docs, emails, errors, faq, footer, header, landing, login, mailbox, meta, nav, operator, roles, questionnaires, supportDesk, table };
