import {
  Button,
  Field,
  Input,
  type FieldProps,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DateMessages } from "../../i18n";
import { addMonths, dateParts, monthWeeks, parseDate } from "./dates";
import { localIsoDate } from "../../engine/dates";

/**
 * A date field that shows a date as the clerk writes it (2021年6月30日, 30 June 2021), not the browser's
 * mm/dd/yyyy, and reads what is typed the usual ways (2021-06-30, 2021/6/30, 2021年6月30日); a calendar beside it.
 * A text field and a calendar of its own rather than Fluent's DatePicker (@fluentui/react-datepicker-compat): that
 * package is not a dependency, and its parser knows neither 2021年6月30日 nor 6月30日 in the sheet's year.
 */
const useStyles = makeStyles({
  surface: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(7, 32px)", gap: "2px", justifyItems: "center" },
  weekday: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  day: { minWidth: "32px", width: "32px", height: "28px", padding: 0 },
  // ‹ and › at body size are hard to hit and to see.
  turn: { fontSize: tokens.fontSizeBase500, minWidth: "32px" },
  today: { textDecorationLine: "underline" },
});

export interface DateFieldProps {
  label: string;
  /** yyyy-mm-dd, or "" for none. */
  value: string;
  /** Called with yyyy-mm-dd, or "" when the clerk empties the field. */
  onChange: (iso: string) => void;
  messages: DateMessages;
  hint?: FieldProps["hint"];
  /** The year of a date typed without one (6/30, 6月30日): the sheet's. */
  year?: number | null;
  /** Today, for the calendar page shown when the field is empty (a test's clock). */
  today?: () => Date;
}

const localToday = (date: Date) => ({ year: date.getFullYear(), month: date.getMonth() + 1 });

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
    </svg>
  );
}

export function DateField({ label, value, onChange, messages: m, hint, year, today = () => new Date() }: DateFieldProps) {
  const styles = useStyles();
  // What the clerk is typing, until it is read (Enter, leaving the field); null while the field shows `value`.
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [open, setOpen] = useState(false);
  const shown = dateParts(value);
  const [page, setPage] = useState(() => shown ?? localToday(today()));
  const typedYear = year ?? shown?.year ?? null;

  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    const parsed = text === "" ? "" : parseDate(text, typedYear);
    if (parsed === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(null);
    // Typed, even the day shown: a date read from the sheet becomes the clerk's own.
    onChange(parsed);
  };
  const pick = (iso: string) => {
    setDraft(null);
    setInvalid(false);
    setOpen(false);
    onChange(iso);
  };
  const now = today();
  const todayIso = localIsoDate(now);

  const calendar = (
    <Popover
      open={open}
      onOpenChange={(_e, data) => {
        // The page opens on the date shown, else this month.
        if (data.open) setPage(dateParts(value) ?? localToday(today()));
        setOpen(data.open);
      }}
      positioning="below-end"
      trapFocus
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="transparent" size="small" icon={<CalendarIcon />} aria-label={m.pick} title={m.pick} />
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={m.pick}>
        <div className={styles.head}>
          <Button
            size="small"
            appearance="subtle"
            className={styles.turn}
            aria-label={m.prevMonth}
            onClick={() => setPage(addMonths(page.year, page.month, -1))}
          >
            ‹
          </Button>
          <Text weight="semibold" aria-live="polite">
            {m.month(page.year, page.month)}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            className={styles.turn}
            aria-label={m.nextMonth}
            onClick={() => setPage(addMonths(page.year, page.month, 1))}
          >
            ›
          </Button>
        </div>
        <div className={styles.grid} role="group" aria-label={m.month(page.year, page.month)}>
          {m.weekdays.map((day) => (
            <span key={day} className={styles.weekday} aria-hidden="true">
              {day}
            </span>
          ))}
          {monthWeeks(page.year, page.month)
            .flat()
            .map((iso, i) =>
              iso === null ? (
                <span key={`blank-${i}`} />
              ) : (
                <Button
                  key={iso}
                  size="small"
                  className={mergeClasses(styles.day, iso === todayIso && styles.today)}
                  appearance={iso === value ? "primary" : "subtle"}
                  aria-label={m.text(iso)}
                  aria-pressed={iso === value}
                  onClick={() => pick(iso)}
                >
                  {Number(iso.slice(8))}
                </Button>
              ),
            )}
        </div>
      </PopoverSurface>
    </Popover>
  );

  return (
    <Field label={label} hint={hint} validationState={invalid ? "error" : "none"} validationMessage={invalid ? m.invalid : undefined}>
      <Input
        value={draft ?? (shown ? m.text(value) : "")}
        onChange={(_e, data) => {
          setDraft(data.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape" && draft !== null) {
            setDraft(null);
            setInvalid(false);
          }
        }}
        contentAfter={calendar}
      />
    </Field>
  );
}
