import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

// Mantine's polymorphic `component={Link}` loses the router's types for `search`; these keep them (TanStack's createLink).
function ButtonAnchor({ ref, ...props }: ButtonProps & AnchorAttributes & { ref?: Ref<HTMLAnchorElement> }) {
  return <Button component="a" ref={ref} {...props} />;
}
function TextAnchor({ ref, ...props }: AnchorProps & AnchorAttributes & { ref?: Ref<HTMLAnchorElement> }) {
  return <Anchor ref={ref} {...props} />;
}

/** A Mantine button that is a router link, with typed `to` and `search`. */
export const ButtonLink = createLink(ButtonAnchor);
/** A Mantine text link that is a router link, with typed `to` and `search`. */
export const AnchorLink = createLink(TextAnchor);
