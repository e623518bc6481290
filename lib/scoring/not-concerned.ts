import type { RequirementAnswer } from "./answers";

// Apart from answers.ts on purpose: the scoring engine runs in the browser (answering page),
// and answers.ts holds zod schemas that would bring zod into that bundle (31 KB gzip).
export function isNotConcerned(answer: RequirementAnswer | undefined): answer is Extract<RequirementAnswer, { notConcerned: true }> {
  return answer !== undefined && "notConcerned" in answer;
}
