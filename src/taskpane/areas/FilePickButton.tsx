import { Button } from "@fluentui/react-components";
import { useRef } from "react";

/**
 * A button that opens the browser's file picker: the file input stays hidden (its look cannot be styled like
 * Fluent's buttons) but keeps the button's label for screen readers and tests. The same file can be picked again.
 */
export function FilePickButton(props: { label: string; accept: string; disabled?: boolean; onPick: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        aria-label={props.label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) props.onPick(file);
        }}
      />
    </>
  );
}
