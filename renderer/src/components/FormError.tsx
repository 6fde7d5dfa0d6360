/** Why something could not be done, said where it was tried; nothing when there is no error. */
export function FormError(props: { message: string | null | undefined }) {
  if (!props.message) return null;
  return (
    <p className="form-error" role="alert">
      {props.message}
    </p>
  );
}
