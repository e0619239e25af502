import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import { ProductForm } from './product-form';
import { useProducts } from './stock-queries';

const formLabels = { vial: 'Vial', 'nasal-device': 'Nasal device' } as const;

/** The products the clinic stocks, and a form to add one. */
export function ProductsSetup() {
  const products = useProducts();
  return (
    <Stack gap="sm">
      <Title order={3}>Products</Title>
      {products.isPending ? <Loader aria-label="Loading the products" /> : null}
      {products.isError ? <ProblemAlert error={products.error} title="The products could not be loaded" /> : null}
      {products.data?.products.length === 0 ? <Text c="dimmed">No products yet.</Text> : null}
      {products.data && products.data.products.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Products" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th>NDC</Table.Th>
                <Table.Th>Form</Table.Th>
                <Table.Th>Strength</Table.Th>
                <Table.Th>Per container</Table.Th>
                <Table.Th>Reorder at</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {products.data.products.map((product) => (
                <Table.Tr key={product.id}>
                  <Table.Td>{product.genericName}</Table.Td>
                  <Table.Td>{product.ndc}</Table.Td>
                  <Table.Td>{formLabels[product.form]}</Table.Td>
                  <Table.Td>{product.strengthMgPerMl} mg/mL</Table.Td>
                  <Table.Td>{product.containerMl} mL</Table.Td>
                  <Table.Td>{product.reorderAtContainers} containers</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Title order={4}>Add a product</Title>
      <ProductForm />
    </Stack>
  );
}
