import { BrandMark } from './Icon.tsx';

/**
 * Shown for the instant before the language is known: no words at all, so nothing can flash
 * in the wrong language. `brand` is the product name, the same in every language.
 */
export function Splash({ brand }: { brand: string }) {
  return (
    <div className="splash" aria-busy="true">
      <BrandMark className="splash__mark" />
      <p className="splash__name">{brand}</p>
      <span className="splash__bar" aria-hidden="true" />
    </div>
  );
}
