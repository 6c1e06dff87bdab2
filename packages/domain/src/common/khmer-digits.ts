// Khmer digits (០-៩) are typed on Khmer keyboards; convert them before validation so "១២" is 12.
const KHMER_ZERO = 0x17e0;

export function khmerToAsciiDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

export function asciiToKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + Number(d)));
}

/** Zero-width spaces are sometimes pasted into Khmer text to mark word breaks; never store them. */
export function stripZeroWidth(text: string): string {
  return text.replace(/[\u200b\u200c\u200d\ufeff]/g, '');
}
