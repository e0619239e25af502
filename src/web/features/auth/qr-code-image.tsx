import { Image, Text } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/** Draws the otpauth URI as a QR code in the browser; the secret never leaves the page for an image service. */
export function QrCodeImage({ uri }: { uri: string }) {
  const [image, setImage] = useState<{ uri: string; src: string } | { uri: string; failed: true }>();
  useEffect(() => {
    let current = true;
    toDataURL(uri, { margin: 1, width: 220 })
      .then((src) => current && setImage({ uri, src }))
      .catch(() => current && setImage({ uri, failed: true }));
    return () => {
      current = false;
    };
  }, [uri]);

  if (!image || image.uri !== uri) return null;
  if ('failed' in image) return <Text c="red">The QR code could not be drawn. Type the key below into your app instead.</Text>;
  return <Image src={image.src} alt="QR code for your authenticator app" w={220} h={220} />;
}
