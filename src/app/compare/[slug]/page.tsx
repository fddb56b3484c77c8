import { explainerRoute } from '../../_explainers/explainer-route';

// Only comparisons that exist are pages; any other /compare/<x> is the 404 page.
export const dynamicParams = false;

const route = explainerRoute('comparison');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
