import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { fitCanvas, padHeightPx, paintSegment, paintStrokes, paintTypedName } from './paint-signature';
import { extendStroke, hasSignature, startStroke, type SignaturePoint, type SignatureStroke } from './signature-strokes';

type PadState = 'empty' | 'drawn' | 'typed';
const fallbackWidthPx = 600;

const stateWords: Record<PadState, string> = {
  empty: 'No signature yet.',
  drawn: 'Signature drawn.',
  typed: 'Your typed name is used as your signature.',
};

/**
 * A signature drawn with a finger, a pen or the mouse (pointer events cover all three). Reports the PNG data
 * URL once there is enough ink, and null when cleared. People who cannot draw on the screen can adopt their
 * typed name as the signature instead, with the keyboard.
 */
export function SignaturePad({ typedName, onChange, error }: { typedName: string; onChange: (image: string | null) => void; error?: string | undefined }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<SignatureStroke[]>([]);
  const drawing = useRef(false);
  const [state, setState] = useState<PadState>('empty');
  const name = typedName.trim();

  const widthOf = (canvas: HTMLCanvasElement) => canvas.parentElement?.clientWidth || fallbackWidthPx;
  const repaint = (canvas: HTMLCanvasElement) => (state === 'typed' ? paintTypedName(canvas, name, widthOf(canvas)) : paintStrokes(canvas, strokes.current));

  // Keep the pixels matched to the pad's width (a tablet turned sideways), redrawing what is on it.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const fit = () => {
      if (fitCanvas(canvas, widthOf(canvas))) repaint(canvas);
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  });

  // A signature made from the typed name follows the name; an emptied name leaves no signature.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (state !== 'typed' || !canvas) return;
    if (!name) {
      setState('empty');
      onChange(null);
      return;
    }
    paintTypedName(canvas, name, widthOf(canvas));
    onChange(canvas.toDataURL('image/png'));
  }, [state, name]);

  const pointAt = (event: PointerEvent<HTMLCanvasElement>): SignaturePoint => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const begin = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // Capture only keeps a stroke going past the edge; drawing works without it.
    }
    if (state === 'typed') strokes.current = [];
    const point = pointAt(event);
    strokes.current = startStroke(strokes.current, point);
    drawing.current = true;
    if (state === 'typed') paintStrokes(event.currentTarget, []);
    paintSegment(event.currentTarget, point, point);
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const from = strokes.current.at(-1)?.at(-1);
    const point = pointAt(event);
    strokes.current = extendStroke(strokes.current, point);
    if (from) paintSegment(event.currentTarget, from, point);
  };

  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    const signed = hasSignature(strokes.current);
    setState(signed ? 'drawn' : 'empty');
    onChange(signed ? event.currentTarget.toDataURL('image/png') : null);
  };

  const clear = () => {
    strokes.current = [];
    setState('empty');
    if (canvasRef.current) paintStrokes(canvasRef.current, []);
    onChange(null);
  };

  return (
    <Stack gap="xs">
      <Text fw={500} id="signature-label">
        Signature
      </Text>
      <Box style={{ border: `1px solid ${error ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-5)'}`, borderRadius: 8, background: 'white', overflow: 'hidden' }}>
        <canvas
          ref={canvasRef}
          aria-label="Signature pad: draw your signature here with a finger, a pen or the mouse"
          style={{ display: 'block', width: '100%', height: padHeightPx, touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={begin}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        />
      </Box>
      <Text size="sm" aria-live="polite" data-testid="signature-state">
        {stateWords[state]}
      </Text>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button variant="default" onClick={clear}>
          Clear
        </Button>
        <Button variant="subtle" onClick={() => setState('typed')} disabled={!name || state === 'typed'}>
          Use my typed name as my signature
        </Button>
      </Group>
    </Stack>
  );
}
