// Every question of the shipped questionnaire renders a field to answer it (issue 18: K6a, an
// observation without options, rendered none). The fixture is `lantern questionnaire show`
// (scripts/test.sh fails when it is stale); each question becomes the view Rust would send
// (crates/core/src/engine/render.rs: yes / no (/ unsure) for yes_no, unknowns, skip if optional),
// and each shape is also tried with its interviewer-only and required flags flipped.
import { fireEvent } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import questionnaire from "../fixtures/questionnaire.identification-v1.json";
import type { AnswerType, Bilingual, Option, Question } from "../lib/types";
import { ipc, renderAt, screenFixture, settle } from "../test/harness";

type ModelQuestion = {
  id: string;
  answer_type: AnswerType;
  required: boolean;
  interviewer_only: boolean;
  options: { id: string; exclusive: boolean }[];
  multiple: boolean;
  allow_unsure: boolean;
  min: number | null;
  max: number | null;
  max_length: number | null;
};

const model = questionnaire.questions as unknown as ModelQuestion[];

const words = (text: string): Bilingual => ({ interface: { text, locale: "en", fell_back: false }, interview: null });
const option = (id: string, exclusive = false): Option => ({ id, label: words(id), exclusive });

function view(q: ModelQuestion): Question {
  const options =
    q.answer_type === "yes_no"
      ? [option("yes"), option("no"), ...(q.allow_unsure ? [option("unsure")] : [])]
      : q.options.map((o) => option(o.id, o.exclusive));
  const unknowns = [
    option("dont_know"),
    ...(q.interviewer_only ? [] : [option("declined")]),
    ...(q.required ? [] : [option("skipped")]),
  ];
  return {
    key: { question: q.id, instance: null },
    module_title: words("module"),
    text: words(`text of ${q.id}`),
    help: null,
    answer_type: q.answer_type,
    options,
    multiple: q.answer_type === "multiple_choice" || (q.answer_type === "observation" && q.multiple),
    unknown_options: unknowns,
    required: q.required,
    interviewer_only: q.interviewer_only,
    mode: "ask",
    current: null,
    min: q.min,
    max: q.max,
    max_length: q.max_length,
    group: null,
  };
}

/** The field the answer type asks for, as the engine checks it (crates/core/src/engine/check.rs). */
function expectedField(q: ModelQuestion): "options" | "number" | "date" | "text" {
  switch (q.answer_type) {
    case "number":
      return "number";
    case "approximate_date":
      return "date";
    case "free_text":
      return "text";
    case "observation":
      return q.options.length === 0 ? "text" : "options";
    default:
      return "options";
  }
}

// One case per shape (type, field, multiple, flags), each also with its flags flipped.
const cases = new Map<string, ModelQuestion>();
for (const q of model) {
  for (const interviewer_only of [q.interviewer_only, !q.interviewer_only]) {
    for (const required of [q.required, !q.required]) {
      const variant = { ...q, interviewer_only, required };
      const multiple = variant.answer_type === "multiple_choice" || variant.multiple;
      const shape = [variant.answer_type, expectedField(variant), multiple, interviewer_only, required].join(" ");
      if (!cases.has(shape)) cases.set(shape, variant);
    }
  }
}

describe("every question of identification v1 renders an input", () => {
  it("the fixture holds the shipped questionnaire", () => {
    expect(questionnaire.id).toBe("identification");
    expect(model.length).toBeGreaterThan(100);
    expect(model.some((q) => q.id === "K6a" && q.answer_type === "observation" && q.options.length === 0)).toBe(true);
  });

  it.each([...cases.entries()].map(([shape, q]) => [shape, q.id, q] as const))("%s (%s)", async (_shape, _id, q) => {
    const calls = ipc({ answer: () => screenFixture("question") });
    const screen = screenFixture("question");
    screen.question = view(q);
    await renderAt("interview", { screen });
    const form = document.querySelector("form.answer");
    expect(form).not.toBeNull();
    const field = expectedField(q);
    if (field === "options") {
      const buttons = form!.querySelectorAll("[data-option]");
      expect(buttons.length).toBe(screen.question.options.length);
      expect(buttons.length).toBeGreaterThanOrEqual(2);
      return;
    }
    const id = { number: "answer-number", date: "answer-year", text: "answer-text" }[field];
    const input = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    expect(input, `${q.id} has #${id}`).not.toBeNull();
    // The field sends the kind of value the engine accepts for the question.
    const typed = { number: String(q.min ?? 1), date: "2003", text: "a note" }[field];
    await fireEvent.input(input!, { target: { value: typed } });
    await fireEvent.click(document.getElementById("answer-submit")!);
    await settle();
    const sent = calls.find((c) => c.cmd === "answer")?.args.value as { kind: string } | undefined;
    expect(sent?.kind).toBe(field);
  });
});
