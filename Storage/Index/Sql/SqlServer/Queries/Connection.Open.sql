-- run on every opened connection: any error rolls the whole transaction back
SET XACT_ABORT ON;
