import type { MatrixCase } from "./world";
import { agencyCases } from "./agency.cases";
import { evaluationCases } from "./evaluations.cases";
import { productCases } from "./products.cases";
import { rightsCases } from "./rights.cases";
import { teamCases } from "./team.cases";

// Every area adds its cases file here (one line); the runner needs no change.
export const CASES: MatrixCase[] = [...teamCases, ...rightsCases, ...productCases, ...evaluationCases, ...agencyCases];
