using System;
using System.Collections.Generic;
using System.Linq;
using System.Web;

namespace Docker.AtSea.Api.Models.Shop
{
    public class Order
    {
    }
}