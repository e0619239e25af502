import { Pagination } from '@mantine/core';

/** Mantine's pagination with names a screen reader (and a browser test) can use: "Page 3", "Next page". */
export function LabelledPagination({ total, value, onChange }: { total: number; value: number; onChange: (page: number) => void }) {
  if (total <= 1) return null;
  return (
    <Pagination
      total={total}
      value={value}
      onChange={onChange}
      getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
      getControlProps={(control) => ({ 'aria-label': `${control[0]!.toUpperCase()}${control.slice(1)} page` })}
    />
  );
}
