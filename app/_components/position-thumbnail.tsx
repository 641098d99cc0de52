import { ZIllustrationIdSchema } from '@/lib/payload/schema';
import { DEFAULT_ACCENT } from '@/lib/spec/brand';
import { isReadableOnWhite } from '@/lib/spec/color';
import { HtmlIllustration } from '@/templates/illustrations/html';

const HEX = /^#[0-9a-fA-F]{6}$/;

export function hasThumbnail(value: string): boolean {
  return ZIllustrationIdSchema.safeParse(value).success;
}

/** Keeps labels aligned in a list where some choices have a drawing and some do not. */
export function ThumbnailSpacer() {
  return <span className="thumbnail is-empty" aria-hidden="true" />;
}

/**
 * The handout's own drawing beside a choice whose value is an illustration id (positions, stretches);
 * nothing for any other value. Decorative: the choice's label already says what it shows.
 */
export function PositionThumbnail({ value, accent }: { value: string; accent: string }) {
  const id = ZIllustrationIdSchema.safeParse(value);
  if (!id.success) return null;
  const color = HEX.test(accent) && isReadableOnWhite(accent) ? accent : DEFAULT_ACCENT;
  return (
    <span className="thumbnail" aria-hidden="true">
      <HtmlIllustration id={id.data} width={64} accent={color} title="" />
    </span>
  );
}
