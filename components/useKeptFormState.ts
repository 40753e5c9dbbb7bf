"use client";
// React resets a form once its action has run. Fields that start from what was last submitted
// (`defaultValue={values.name}`) come back from that reset as typed, so a refused form keeps its values.
import { useActionState, useState } from "react";

export function useKeptFormState<State>(
  action: (previous: Awaited<State>, form: FormData) => Promise<Awaited<State>>,
  initial: Awaited<State>,
  keep: readonly string[],
) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [state, formAction, pending] = useActionState<State, FormData>(async (previous, form) => {
    setValues(Object.fromEntries(keep.map((name) => [name, String(form.get(name) ?? "")])));
    return action(previous, form);
  }, initial);
  return [state, formAction, pending, values] as const;
}
