/** Bad query parameters, said plainly, with a way back to a view that works. */
export function InputProblem({ messages, resetHref }: { messages: string[]; resetHref: string }) {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900">
      <p className="font-semibold">These filters cannot be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <a href={resetHref} className="mt-2 inline-block font-semibold underline">
        Clear the filters
      </a>
    </div>
  );
}
