/** How to reach Ofsted, shown to complainants at every step (P10). */
export interface OfstedContact {
  name: string;
  address: string;
  phone: string;
  email?: string;
  web?: string;
}
