import type React from 'react';

/** A link of an idea or an action: a potential (questionnaire item) or a strength theme. */
export interface LinkRef {
  kind: string;
  ref: string;
}
export interface LinkGroup<L extends LinkRef> {
  label: string;
  links: L[];
}
export const linkKey = (l: LinkRef) => `${l.kind}:${l.ref}`;

/**
 * "+ Verknüpfen …": a select of the links not yet made, grouped (potentials, themes); choosing
 * one adds it at once. Keyboard-operable like any select. Used by the ideas and the plan.
 */
export function LinkAddSelect<L extends LinkRef>({
  groups,
  text,
  placeholder,
  label,
  testId,
  className = 'chip link-add',
  selectRef,
  onAdd,
}: {
  groups: LinkGroup<L>[];
  text: (l: L) => string;
  placeholder: string;
  label: string;
  testId: string;
  className?: string;
  selectRef?: React.Ref<HTMLSelectElement>;
  onAdd: (l: L) => void;
}) {
  return (
    <select
      ref={selectRef}
      className={className}
      value=""
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const l = groups.flatMap((g) => g.links).find((x) => linkKey(x) === e.target.value);
        if (l) onAdd(l);
      }}
    >
      <option value="">{placeholder}</option>
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.links.map((l) => (
            <option key={linkKey(l)} value={linkKey(l)}>
              {text(l)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
