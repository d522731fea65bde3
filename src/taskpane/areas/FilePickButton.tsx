import { Button } from "@fluentui/react-components";
import { useRef } from "react";

/**
 * A button that opens the browser's file picker: the file input stays hidden (its look cannot be styled like
 * Fluent's buttons) but keeps the button's label for screen readers and tests. The same file can be picked again.
 * With `onPickMany`, several files can be picked at once.
 */
export function FilePickButton(props: {
  label: string;
  accept: string;
  disabled?: boolean;
  onPick?: (file: File) => void;
  onPickMany?: (files: File[]) => void;
}) {
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
        multiple={props.onPickMany !== undefined}
        hidden
        aria-label={props.label}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) props.onPickMany?.(files);
          if (files[0]) props.onPick?.(files[0]);
        }}
      />
    </>
  );
}
