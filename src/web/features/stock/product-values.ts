import type { ProductForm } from './stock-types';
import type { ProductBody } from './stock-setup-types';

/** The "add a product" form as typed. Error keys are the server's field paths. */
export interface ProductValues {
  genericName: string;
  ndc: string;
  form: ProductForm;
  strengthMgPerMl: string;
  containerMl: string;
  reorderAtContainers: string;
}

export const emptyProduct: ProductValues = { genericName: '', ndc: '', form: 'vial', strengthMgPerMl: '', containerMl: '', reorderAtContainers: '' };

/** The NDC as the server stores it: labeler-product-package with hyphens (4-4-2, 5-3-2, 5-4-1 and the like; 21 CFR 207.33). */
export const ndcPattern = /^[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}$/;
const maximum = 1000; // as the API takes: mg/mL, mL per container, and containers

export type ProductParse = { kind: 'valid'; body: ProductBody } | { kind: 'invalid'; errors: Record<string, string> };

/** The body of `POST /products`, or what is wrong with the form (the server checks again). */
export function productBody(values: ProductValues): ProductParse {
  const errors: Record<string, string> = {};
  const genericName = values.genericName.trim();
  if (genericName === '') errors.genericName = 'Required';
  else if (genericName.length > 200) errors.genericName = 'At most 200 characters';
  const ndc = values.ndc.trim();
  if (ndc === '') errors.ndc = 'Required';
  else if (!ndcPattern.test(ndc)) errors.ndc = 'As printed, with hyphens: for example 42023-113-10';
  const positive = (key: 'strengthMgPerMl' | 'containerMl') => {
    const typed = values[key].trim();
    const value = Number(typed);
    if (typed === '') errors[key] = 'Required';
    else if (!Number.isFinite(value) || value <= 0 || value > maximum) errors[key] = `A number above 0, at most ${maximum}`;
    return value;
  };
  const strengthMgPerMl = positive('strengthMgPerMl');
  const containerMl = positive('containerMl');
  const reorderTyped = values.reorderAtContainers.trim();
  const reorderAtContainers = Number(reorderTyped);
  if (reorderTyped !== '' && (!Number.isInteger(reorderAtContainers) || reorderAtContainers < 0 || reorderAtContainers > maximum)) errors.reorderAtContainers = `A whole number from 0 to ${maximum}`;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return { kind: 'valid', body: { genericName, ndc, strengthMgPerMl, containerMl, form: values.form, ...(reorderTyped !== '' ? { reorderAtContainers } : {}) } };
}
