// A horizontal bar drawn with CSS, with its figure written beside it (the bar itself is decoration).
export function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <span className="hive-bar">
      <span className="hive-bar-track" aria-hidden="true">
        <span className="hive-bar-fill" style={{ width: `${share * 100}%` }} />
      </span>
      <span className="hive-bar-label">{label}</span>
    </span>
  );
}
