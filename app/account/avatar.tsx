"use client";

import { useEffect, useRef, useState } from "react";

export function initials(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const [first = "?", ...rest] = parts;
  const last = rest.at(-1);
  const letters = last ? first.charAt(0) + last.charAt(0) : first.slice(0, 2);
  return letters.toUpperCase();
}

/** The profile picture, or the initials when there is none or it fails to load. */
export function Avatar({
  name,
  image,
  size = 64,
}: {
  name: string;
  image?: string | null;
  size?: number;
}) {
  const [failedSrc, setFailedSrc] = useState<string>();
  const imgRef = useRef<HTMLImageElement>(null);
  // A server-rendered image can fail before React attaches onError: check once hydrated.
  useEffect(() => {
    const img = imgRef.current;
    if (img && image && img.complete && img.naturalWidth === 0) setFailedSrc(image);
  }, [image]);
  const showImage = image && failedSrc !== image;
  return (
    <span
      className="grid shrink-0 place-items-center overflow-hidden rounded-full bg-brand-100 font-semibold text-brand-700 dark:bg-brand-500/20 dark:text-brand-100"
      style={{ width: size, height: size, fontSize: size / 2.8 }}
    >
      {showImage ? (
        // An arbitrary user-given URL: next/image would need every host allow-listed.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          ref={imgRef}
          src={image}
          alt=""
          width={size}
          height={size}
          className="size-full object-cover"
          onError={() => setFailedSrc(image)}
        />
      ) : (
        <span aria-hidden>{initials(name)}</span>
      )}
    </span>
  );
}
