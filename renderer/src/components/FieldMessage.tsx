/**
 * What a field says under itself: why a value was refused (read out at once), or else its hint.
 * The id lets the field point at it with aria-describedby.
 */
export function FieldMessage({
  id,
  error,
  hint,
}: {
  id?: string;
  error: string | null;
  hint?: string;
}) {
  if (error)
    return (
      <p id={id} className="field-error" role="alert">
        {error}
      </p>
    );
  if (hint)
    return (
      <p id={id} className="field-hint">
        {hint}
      </p>
    );
  return null;
}

/** Why a value was refused, beside the field; nothing when there is no refusal. */
export function FieldError({ message }: { message: string | null }) {
  return <FieldMessage error={message} />;
}
