/** The zone this device is set to; a group created here is most likely planned in it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The zones to choose from: every one the browser knows, plus UTC (which the list leaves out)
 * and the group's own, so a zone an older browser lacks is still shown as it is saved.
 */
export function timeZoneChoices(
  current: string,
  known: readonly string[] = supportedZones(),
): string[] {
  return [...new Set([...known, 'UTC', current])].filter(Boolean).sort();
}

function supportedZones(): string[] {
  try {
    return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  } catch {
    return [];
  }
}

/** "Europe/Berlin (GMT+01:00)": the offset now helps to pick among similar names. */
export function timeZoneOption(zone: string, language: string, at: Date): string {
  const name = zone.replace(/_/g, ' ');
  try {
    const offset = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset ? `${name} (${offset})` : name;
  } catch {
    return name;
  }
}
