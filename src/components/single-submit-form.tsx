import { useEffect, useRef, type FormEvent } from 'react';
import { Form, useNavigation, type FormProps } from 'react-router';

/**
 * A router Form that sends once: a double click, or Enter pressed twice, while the first submission is
 * on its way is ignored, so that one click means one call (one acceptance, one order).
 */
export function SingleSubmitForm({ onSubmit, ...props }: FormProps) {
  const navigation = useNavigation();
  const pending = useRef(false);
  useEffect(() => {
    if (navigation.state === 'idle') pending.current = false;
  }, [navigation.state]);
  return (
    <Form
      {...props}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        if (pending.current) {
          event.preventDefault();
          return;
        }
        onSubmit?.(event);
        if (!event.defaultPrevented) pending.current = true;
      }}
    />
  );
}
